using System.Reflection;

[assembly: AssemblyTitle("BwcFirmware.Drivers")]
[assembly: AssemblyDescription("Hardware-independent driver logic: debounce, gestures, sensors, battery bands, indicator patterns, pin maps")]
[assembly: AssemblyProduct("BwcFirmware")]
[assembly: AssemblyVersion("0.1.0.0")]
