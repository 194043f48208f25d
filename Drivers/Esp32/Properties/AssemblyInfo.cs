using System.Reflection;

[assembly: AssemblyTitle("BwcFirmware.Drivers.Esp32")]
[assembly: AssemblyDescription("ESP32 adapters of the body-worn camera on .NET nanoFramework")]
[assembly: AssemblyProduct("BwcFirmware")]
[assembly: AssemblyVersion("0.1.0.0")]
