using System.Reflection;

[assembly: AssemblyTitle("BwcFirmware.Device")]
[assembly: AssemblyDescription("Body-worn camera firmware for ESP32 boards on .NET nanoFramework")]
[assembly: AssemblyProduct("BwcFirmware")]
[assembly: AssemblyVersion("0.1.0.0")]
