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
}
