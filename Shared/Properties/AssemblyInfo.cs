using System.Reflection;

[assembly: AssemblyTitle("BwcFirmware.Shared")]
[assembly: AssemblyDescription("The body-worn camera's portable brain: recorder, card store, media, audit log, sync")]
[assembly: AssemblyProduct("BwcFirmware")]
[assembly: AssemblyVersion("0.1.0.0")]
