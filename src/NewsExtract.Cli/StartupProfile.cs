using System.Runtime;

namespace NewsExtract.Cli;

/// <summary>
/// The runtime's multicore JIT for the command: a run records which methods it compiled while starting, and the next
/// run compiles them ahead, on a core the start-up leaves idle, before the extraction asks for them. A run of a few
/// pages ends 5–12 % sooner, and a batch's two workers wait less on each other's compiling (docs/benchmarks.md, round 9).
/// </summary>
/// <remarks>
/// The profile is one file per build of the tool in the user's cache directory (<c>$XDG_CACHE_HOME/newsextract</c>,
/// <c>~/.cache/newsextract</c>, or <c>%LOCALAPPDATA%\NewsExtract\Cache</c> on Windows); other builds' files go after two
/// weeks unused.
/// <c>NEWSEXTRACT_STARTUP_PROFILE=0</c> turns it off; a directory that cannot be made leaves it off. The runtime ignores
/// a profile it cannot read, so a damaged file costs one run without it.
/// </remarks>
internal static class StartupProfile
{
    public const string Switch = "NEWSEXTRACT_STARTUP_PROFILE";

    // Each build of the tool writes its own profile (every run rewrites it); another build's goes after this long unused.
    private static readonly TimeSpan StaleAfter = TimeSpan.FromDays(14);

    public static void Start()
    {
        // Compiled ahead of time (NativeAOT), there is no JIT to profile.
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            return;
        }

        if (Folder(Environment.GetEnvironmentVariable, OperatingSystem.IsWindows()) is not { } folder)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return;
        }

        var name = FileName;
        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile(name);
        RemoveStale(folder, name, DateTime.UtcNow - StaleAfter);
    }

    /// <summary>Deletes the profiles of other builds not used since <paramref name="usedBefore"/>, as far as it can.</summary>
    internal static void RemoveStale(string folder, string current, DateTime usedBefore)
    {
        try
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("startup-*.jitprofile"))
            {
                if (file.Name != current && file.LastWriteTimeUtc < usedBefore)
                {
                    file.Delete();
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another run may be deleting or writing the same files; what is left is tried again next time.
        }
    }

    /// <summary>The profile's directory, or null when it is turned off or there is no home to put it in.</summary>
    internal static string? Folder(Func<string, string?> environment, bool windows)
    {
        if (environment(Switch) is "0" or "false" or "off")
        {
            return null;
        }

        if (windows)
        {
            return environment("LOCALAPPDATA") is { Length: > 0 } local && Path.IsPathFullyQualified(local)
                ? Path.Combine(local, "NewsExtract", "Cache")
                : null;
        }

        if (environment("XDG_CACHE_HOME") is { Length: > 0 } cache && Path.IsPathFullyQualified(cache))
        {
            return Path.Combine(cache, "newsextract");
        }

        return environment("HOME") is { Length: > 0 } home && Path.IsPathFullyQualified(home)
            ? Path.Combine(home, ".cache", "newsextract")
            : null;
    }

    // A profile names methods by their tokens in these two assemblies: another build gets a file of its own.
    private static string FileName =>
        $"startup-{BuildOf(typeof(StartupProfile))}-{BuildOf(typeof(ArticleExtractor))}.jitprofile";

    private static string BuildOf(Type type) => type.Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
