using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace BwcFirmware.Tests.DeviceProfile;

/// <summary>
/// Reads a compiled assembly's metadata and IL and lists what compiles for the device profile yet fails
/// on nanoCLR (measured there; see DEVICE-PROFILE notes): foreign assembly references, anything generic,
/// multi-dimensional arrays, default interface method bodies, unsafe code. Each finding names the type
/// and member it sits in.
/// </summary>
internal sealed class DeviceProfileInspector
{
    private static readonly Dictionary<short, OpCode> s_opCodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly MetadataReader _reader;
    private readonly PEReader _pe;
    private readonly List<string> _findings = new();

    private DeviceProfileInspector(PEReader pe)
    {
        _pe = pe;
        _reader = pe.GetMetadataReader();
    }

    /// <summary>Inspects the assembly at <paramref name="path"/>.</summary>
    /// <param name="allowedReferences">Assembly names it may reference besides mscorlib.</param>
    /// <param name="namespacePrefix">Only types in this namespace (all when null).</param>
    public static IReadOnlyList<string> Inspect(string path, IEnumerable<string> allowedReferences, string? namespacePrefix = null)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var inspector = new DeviceProfileInspector(pe);
        inspector.CheckReferences(new HashSet<string>(allowedReferences) { "mscorlib" });
        inspector.CheckTypes(namespacePrefix);
        return inspector._findings;
    }

    private void CheckReferences(HashSet<string> allowed)
    {
        foreach (AssemblyReferenceHandle handle in _reader.AssemblyReferences)
        {
            string name = _reader.GetString(_reader.GetAssemblyReference(handle).Name);
            if (!allowed.Contains(name))
            {
                _findings.Add($"assembly: references {name}, which is not on the device");
            }
        }
    }

    private void CheckTypes(string? namespacePrefix)
    {
        foreach (TypeDefinitionHandle handle in _reader.TypeDefinitions)
        {
            string typeName = MetadataNames.Of(_reader, handle);
            if (typeName == "<Module>" || (namespacePrefix != null && !typeName.StartsWith(namespacePrefix, StringComparison.Ordinal)))
            {
                continue;
            }
            CheckType(handle, typeName);
        }
    }

    private void CheckType(TypeDefinitionHandle handle, string typeName)
    {
        TypeDefinition type = _reader.GetTypeDefinition(handle);
        if (type.GetGenericParameters().Count > 0)
        {
            Add(typeName, "(type)", "defines a generic type");
        }
        CheckEntity(typeName, "(base type)", type.BaseType);
        foreach (InterfaceImplementationHandle impl in type.GetInterfaceImplementations())
        {
            CheckEntity(typeName, "(interfaces)", _reader.GetInterfaceImplementation(impl).Interface);
        }
        foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
        {
            FieldDefinition field = _reader.GetFieldDefinition(fieldHandle);
            var flags = new SignatureFlags(_reader);
            field.DecodeSignature(flags, null);
            AddAll(typeName, _reader.GetString(field.Name), flags);
        }
        bool isInterface = (type.Attributes & TypeAttributes.Interface) != 0;
        foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
        {
            CheckMethod(typeName, _reader.GetMethodDefinition(methodHandle), isInterface);
        }
    }

    private void CheckMethod(string typeName, MethodDefinition method, bool inInterface)
    {
        string member = _reader.GetString(method.Name);
        if (method.GetGenericParameters().Count > 0)
        {
            Add(typeName, member, "defines a generic method");
        }
        if (inInterface && (method.Attributes & MethodAttributes.Abstract) == 0 && (method.Attributes & MethodAttributes.Static) == 0)
        {
            Add(typeName, member, "default interface method body");
        }
        var flags = new SignatureFlags(_reader);
        method.DecodeSignature(flags, null);
        AddAll(typeName, member, flags);
        if (method.RelativeVirtualAddress != 0)
        {
            CheckBody(typeName, member, _pe.GetMethodBody(method.RelativeVirtualAddress));
        }
    }

    private void CheckBody(string typeName, string member, MethodBodyBlock body)
    {
        if (!body.LocalSignature.IsNil)
        {
            var flags = new SignatureFlags(_reader);
            _reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(flags, null);
            AddAll(typeName, member, flags);
        }
        BlobReader il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short value = il.ReadByte();
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il.ReadByte()));
            }
            OpCode op = s_opCodes[value];
            if (op == OpCodes.Localloc)
            {
                Add(typeName, member, "stackalloc (unsafe code)");
            }
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    // Read the count first: "il.Offset += 4 * il.ReadInt32()" would add to the offset from before the read.
                    int targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                case OperandType.InlineSig:
                    CheckToken(typeName, member, MetadataTokens.EntityHandle(il.ReadInt32()));
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }
    }

    private void CheckToken(string typeName, string member, EntityHandle token)
    {
        switch (token.Kind)
        {
            case HandleKind.TypeSpecification:
                CheckEntity(typeName, member, token);
                break;
            case HandleKind.MethodSpecification:
                MethodSpecification spec = _reader.GetMethodSpecification((MethodSpecificationHandle)token);
                Add(typeName, member, "instantiates a generic method (" + MemberName(spec.Method) + ")");
                break;
            case HandleKind.MemberReference:
                MemberReference reference = _reader.GetMemberReference((MemberReferenceHandle)token);
                CheckEntity(typeName, member, reference.Parent);
                var flags = new SignatureFlags(_reader);
                if (reference.GetKind() == MemberReferenceKind.Method)
                {
                    reference.DecodeMethodSignature(flags, null);
                }
                else
                {
                    reference.DecodeFieldSignature(flags, null);
                }
                AddAll(typeName, member, flags);
                break;
            case HandleKind.StandaloneSignature:
                var sigFlags = new SignatureFlags(_reader);
                _reader.GetStandaloneSignature((StandaloneSignatureHandle)token).DecodeMethodSignature(sigFlags, null);
                AddAll(typeName, member, sigFlags);
                break;
        }
    }

    private string MemberName(EntityHandle method) => method.Kind == HandleKind.MethodDefinition
        ? _reader.GetString(_reader.GetMethodDefinition((MethodDefinitionHandle)method).Name)
        : _reader.GetString(_reader.GetMemberReference((MemberReferenceHandle)method).Name);

    private void CheckEntity(string typeName, string member, EntityHandle handle)
    {
        if (handle.Kind != HandleKind.TypeSpecification)
        {
            return;
        }
        var flags = new SignatureFlags(_reader);
        _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(flags, null);
        AddAll(typeName, member, flags);
    }

    private void AddAll(string typeName, string member, SignatureFlags flags)
    {
        foreach (string problem in flags.Problems)
        {
            Add(typeName, member, problem);
        }
    }

    private void Add(string typeName, string member, string problem)
    {
        string finding = $"{typeName}::{member}: {problem}";
        if (!_findings.Contains(finding))
        {
            _findings.Add(finding);
        }
    }
}
