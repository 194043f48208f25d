using System.Reflection;

[assembly: AssemblyTitle("BwcFirmware.Camera")]
[assembly: AssemblyDescription("Managed side of the ESP32 camera interop (native part built into the nanoCLR image)")]
[assembly: AssemblyProduct("BwcFirmware")]
[assembly: AssemblyVersion("1.0.0.0")]

// Raise whenever a native method's signature changes: nanoCLR refuses to load this assembly against a native
// image built for another version, instead of calling into code that expects other arguments.
[assembly: AssemblyNativeVersion("1.0.0.0")]
