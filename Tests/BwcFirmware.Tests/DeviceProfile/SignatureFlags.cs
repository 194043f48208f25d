using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace BwcFirmware.Tests.DeviceProfile;

/// <summary>
/// Decodes metadata signatures into a readable type name while noting the shapes nanoCLR cannot load:
/// generic instantiations, multi-dimensional arrays and pointers (unsafe code).
/// </summary>
internal sealed class SignatureFlags : ISignatureTypeProvider<string, object?>
{
    private readonly MetadataReader _reader;

    public SignatureFlags(MetadataReader reader) => _reader = reader;

    public List<string> Problems { get; } = new();

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        MetadataNames.Of(reader, handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        MetadataNames.Of(reader, handle);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape)
    {
        string name = elementType + "[" + new string(',', shape.Rank - 1) + "]";
        Problems.Add("multi-dimensional array " + name);
        return name;
    }

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
    {
        string name = genericType + "<" + string.Join(",", typeArguments) + ">";
        Problems.Add("generic instantiation " + name);
        return name;
    }

    public string GetGenericTypeParameter(object? genericContext, int index)
    {
        Problems.Add("generic type parameter !" + index);
        return "!" + index;
    }

    public string GetGenericMethodParameter(object? genericContext, int index)
    {
        Problems.Add("generic method parameter !!" + index);
        return "!!" + index;
    }

    public string GetPointerType(string elementType)
    {
        Problems.Add("pointer type " + elementType + "* (unsafe code)");
        return elementType + "*";
    }

    public string GetFunctionPointerType(MethodSignature<string> signature)
    {
        Problems.Add("function pointer (unsafe code)");
        return "delegate*";
    }

    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetPinnedType(string elementType)
    {
        Problems.Add("pinned local " + elementType + " (unsafe code)");
        return elementType + " pinned";
    }

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetSentinelType() => "...";
}
