using System.Reflection;

[assembly: AssemblyTitle("BwcFirmware.DeviceTests")]
[assembly: AssemblyDescription("Portable tests of BwcFirmware run on a board or the nanoCLR virtual device")]
[assembly: AssemblyProduct("BwcFirmware")]
[assembly: AssemblyVersion("0.1.0.0")]
