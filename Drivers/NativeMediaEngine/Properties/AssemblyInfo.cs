using System.Reflection;

[assembly: AssemblyTitle("BwcFirmware.NativeMediaEngine")]
[assembly: AssemblyDescription("The device's per-frame media path over the native media interop (BwcFirmware.NativeMedia)")]
[assembly: AssemblyProduct("BwcFirmware")]
[assembly: AssemblyVersion("1.0.0.0")]
