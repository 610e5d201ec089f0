using NewsExtract.Cli;

namespace NewsExtract.Tests.Cli;

/// <summary>The start-up profile goes to the user's cache directory, or nowhere when turned off or homeless.</summary>
public class StartupProfileTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Test]
    public void On_unix_it_goes_to_the_xdg_cache_home_when_set()
    {
        var folder = StartupProfile.Folder(Environment(("XDG_CACHE_HOME", "/var/cache/me"), ("HOME", "/home/me")), windows: false);
        Assert.That(folder, Is.EqualTo(Path.Combine("/var/cache/me", "newsextract")));
    }

    [Test]
    public void On_unix_it_falls_back_to_the_cache_under_home()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StartupProfile.Folder(Environment(("HOME", "/home/me")), windows: false), Is.EqualTo(Path.Combine("/home/me", ".cache", "newsextract")));
            Assert.That(StartupProfile.Folder(Environment(("XDG_CACHE_HOME", "relative/cache"), ("HOME", "/home/me")), windows: false),
                Is.EqualTo(Path.Combine("/home/me", ".cache", "newsextract")), "a relative XDG_CACHE_HOME is invalid by the spec");
        });
    }

    [Test]
    public void On_windows_it_goes_under_local_app_data()
    {
        var local = OperatingSystem.IsWindows() ? @"C:\Users\me\AppData\Local" : "/c/Users/me/AppData/Local";
        Assert.That(StartupProfile.Folder(Environment(("LOCALAPPDATA", local)), windows: true), Is.EqualTo(Path.Combine(local, "NewsExtract", "Cache")));
    }

    [Test]
    public void It_is_off_when_switched_off_or_without_a_home()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StartupProfile.Folder(Environment((StartupProfile.Switch, "0"), ("HOME", "/home/me")), windows: false), Is.Null);
            Assert.That(StartupProfile.Folder(Environment((StartupProfile.Switch, "off"), ("LOCALAPPDATA", "/c/Local")), windows: true), Is.Null);
            Assert.That(StartupProfile.Folder(Environment(), windows: false), Is.Null);
            Assert.That(StartupProfile.Folder(Environment(("HOME", "")), windows: false), Is.Null);
            Assert.That(StartupProfile.Folder(Environment(), windows: true), Is.Null);
        });
    }

    [Test]
    public void Other_builds_profiles_go_once_unused_for_long_and_nothing_else_does()
    {
        var folder = Directory.CreateTempSubdirectory("newsextract-profile-").FullName;
        try
        {
            var cutoff = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
            string Write(string name, DateTime written)
            {
                var path = Path.Combine(folder, name);
                File.WriteAllText(path, "x");
                File.SetLastWriteTimeUtc(path, written);
                return path;
            }

            var current = Write("startup-current.jitprofile", cutoff.AddDays(-30));
            var stale = Write("startup-old.jitprofile", cutoff.AddDays(-1));
            var recent = Write("startup-other.jitprofile", cutoff.AddDays(1));
            var unrelated = Write("notes.txt", cutoff.AddDays(-30));

            StartupProfile.RemoveStale(folder, "startup-current.jitprofile", cutoff);

            Assert.Multiple(() =>
            {
                Assert.That(File.Exists(stale), Is.False, "another build's profile unused since before the cut-off");
                Assert.That(File.Exists(current), Is.True, "this build's own profile, however old");
                Assert.That(File.Exists(recent), Is.True, "another build's profile used recently");
                Assert.That(File.Exists(unrelated), Is.True, "a file that is no profile");
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_missing_folder_is_no_error_when_removing_stale_profiles()
    {
        var missing = Path.Combine(Path.GetTempPath(), "newsextract-missing-" + Guid.NewGuid().ToString("N"));
        Assert.DoesNotThrow(() => StartupProfile.RemoveStale(missing, "startup-x.jitprofile", DateTime.UnixEpoch));
    }
}
