using System.Reflection;

[assembly: AssemblyTitle("BwcFirmware.NativeMedia")]
[assembly: AssemblyDescription("Managed side of the native media path (camera, microphone, chunk writing and hashing in C)")]
[assembly: AssemblyProduct("BwcFirmware")]
[assembly: AssemblyVersion("1.0.0.0")]

// Raise with any change of a native method's signature: Visual Studio's deployer compares it with the image's
// native assembly; nanoCLR itself compares the native methods checksum (README.md, "Checksum").
[assembly: AssemblyNativeVersion("1.1.0.0")]
