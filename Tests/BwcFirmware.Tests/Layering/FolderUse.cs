namespace BwcFirmware.Tests.Layering;

/// <summary>One place where a source folder uses a symbol declared in another folder.</summary>
/// <param name="From">The using folder ("Media/Avi").</param>
/// <param name="To">The folder that declares the symbol.</param>
/// <param name="Where">File and line of the use ("Shared/Time/StationTime.cs:31").</param>
/// <param name="Symbol">The symbol used, as the compiler names it.</param>
internal sealed record FolderUse(string From, string To, string Where, string Symbol);
