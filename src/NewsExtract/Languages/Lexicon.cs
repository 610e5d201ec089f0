using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsExtract.Languages;

/// <summary>
/// The words of one language (or of several read together, as the two Chinese scripts are), read from its lexicon file
/// (<c>Languages/zh-Hans.json</c>, <c>zh-Hant.json</c>, <c>vi.json</c>) and extended by the caller's
/// <see cref="LexiconExtension"/>s. Every list has a name (<see cref="LexiconLists"/>); a nested object in a file names its
/// lists with dots (<c>dates.units.hour</c>), and a string stands for the list of its characters (<c>surnames</c>).
/// Immutable.
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, string[]> _lists;

    // Settings by the tag of the file that states them (a lexicon read from several files keeps each file's own).
    private readonly Dictionary<string, Dictionary<string, string>> _settings;

    private Lexicon(IReadOnlyList<string> tags, Dictionary<string, string[]> lists, IReadOnlyList<IReadOnlyList<string>> agencies, Dictionary<string, Dictionary<string, string>> settings)
    {
        Tags = tags;
        _lists = lists;
        Agencies = agencies;
        _settings = settings;
    }

    /// <summary>The language tags of the files read (<c>zh-Hans</c>, <c>zh-Hant</c>).</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The names of the lists this lexicon holds.</summary>
    public IEnumerable<string> Names => _lists.Keys;

    /// <summary>A list by name; empty when the lexicon has none. The same instance every time.</summary>
    public IReadOnlyList<string> this[string name] => _lists.TryGetValue(name, out var list) ? list : [];

    /// <summary>News agencies: each the canonical name first, then its aliases.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Agencies { get; }

    /// <summary>Whether the words match ignoring case (any file read says so).</summary>
    public bool IgnoreCase => Flag(LexiconLists.IgnoreCase);

    /// <summary>Whether the language writes words apart (any file read says so): see <see cref="LexiconLists.SpacedWords"/>.</summary>
    public bool SpacedWords => Flag(LexiconLists.SpacedWords);

    private bool Flag(string name) => _settings.Values.Any(s => s.TryGetValue(name, out var v) && v == "true");

    /// <summary>A setting as the file of <paramref name="tag"/> states it, else as the first file that states it; null when none does.</summary>
    public string? Setting(string name, string? tag = null)
    {
        if (tag is not null && _settings.TryGetValue(tag, out var own))
        {
            return own.GetValueOrDefault(name);
        }

        return Tags.Select(t => _settings.GetValueOrDefault(t)?.GetValueOrDefault(name)).FirstOrDefault(v => v is not null);
    }

    public IReadOnlyList<string> CreditRoles => this[LexiconLists.CreditRoles];
    public IReadOnlyList<string> AuthorLabels => this[LexiconLists.AuthorLabels];
    public IReadOnlyList<string> SourceLabels => this[LexiconLists.SourceLabels];
    public IReadOnlyList<string> RelatedHeadings => this[LexiconLists.RelatedHeadings];
    public IReadOnlyList<string> NavigationCues => this[LexiconLists.NavigationCues];
    public IReadOnlyList<string> BoilerplatePhrases => this[LexiconLists.BoilerplatePhrases];

    /// <summary>Words that are boilerplate only as a whole short line (分享到, Chia sẻ): inside a sentence they are ordinary words.</summary>
    public IReadOnlyList<string> BoilerplateLabels => this[LexiconLists.BoilerplateLabels];
    public IReadOnlyList<string> CaptionCues => this[LexiconLists.CaptionCues];
    public IReadOnlyList<string> PlayerCues => this[LexiconLists.PlayerCues];
    public IReadOnlyList<string> OriginalTitleCues => this[LexiconLists.OriginalTitleCues];

    /// <summary>Words before a print source in book-title marks: 刊于《半月谈》, 摘自《参考消息》.</summary>
    public IReadOnlyList<string> PrintSourceCues => this[LexiconLists.PrintSourceCues];

    /// <summary>Endings of outlet names (报, 网, 社, 周刊, 科技): a header token ending so names a source.</summary>
    public IReadOnlyList<string> MediaSuffixes => this[LexiconLists.MediaSuffixes];

    /// <summary>Values after a source label that name no outlet (转载文章, 网络, 本站).</summary>
    public IReadOnlyList<string> SourceStopwords => this[LexiconLists.SourceStopwords];

    /// <summary>Photo and video credits, read only as a whole labelled line (<c>Ảnh: Misso</c>, <c>摄影：X</c>).</summary>
    public IReadOnlyList<string> PhotoCreditRoles => this[LexiconLists.PhotoCreditRoles];

    /// <summary>Common family names, one character each: tells a bare personal name (李楠) from other short words.</summary>
    public IReadOnlyList<string> Surnames => this[LexiconLists.Surnames];

    /// <summary>Reads a built-in lexicon by its language tag (<c>zh-Hans</c>, <c>zh-Hant</c>, <c>vi</c>).</summary>
    public static Lexicon LoadBuiltIn(string tag)
    {
        var name = $"NewsExtract.Languages.{tag}.json";
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The lexicon resource {name} is missing from the assembly.");
        var lexicon = Read(stream, name);
        return lexicon.Tags.SequenceEqual([tag]) ? lexicon : throw new InvalidOperationException($"The lexicon resource {name} says it is \"{string.Join(", ", lexicon.Tags)}\".");
    }

    /// <summary>Reads a lexicon file (the format of <c>Languages/*.json</c>); <paramref name="origin"/> names it in errors.</summary>
    public static Lexicon Read(Stream json, string origin)
    {
        var file = JsonSerializer.Deserialize(json, LexiconJson.Default.DictionaryStringJsonElement)
            ?? throw new FormatException($"The lexicon {origin} is empty.");
        return FromFile(file, origin, out _);
    }

    /// <summary>Reads a lexicon file given as text; its <c>replace</c> list (a user's file only) comes back apart.</summary>
    public static Lexicon Parse(string json, string origin, out IReadOnlyList<string> replaced)
    {
        Dictionary<string, JsonElement>? file;
        try
        {
            file = JsonSerializer.Deserialize(json, LexiconJson.Default.DictionaryStringJsonElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The lexicon {origin} is not valid JSON: {e.Message}", e);
        }

        return FromFile(file ?? throw new FormatException($"The lexicon {origin} is empty."), origin, out replaced);
    }

    private static Lexicon FromFile(Dictionary<string, JsonElement> file, string origin, out IReadOnlyList<string> replaced)
    {
        var tag = file.TryGetValue("language", out var language) && language.ValueKind == JsonValueKind.String
            ? language.GetString()!
            : throw new FormatException($"The lexicon {origin} does not say its language (\"language\": \"zh-Hans\").");
        var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<IReadOnlyList<string>> agencies = [];
        replaced = [];
        foreach (var (key, value) in file)
        {
            switch (key)
            {
                case "language":
                    continue;
                case "replace":
                    replaced = Strings(value, origin, key);
                    continue;
                case LexiconLists.Agencies:
                    agencies = value.ValueKind == JsonValueKind.Array
                        ? [.. value.EnumerateArray().Select(group => (IReadOnlyList<string>)Strings(group, origin, key))]
                        : throw new FormatException($"The lexicon {origin}: \"{key}\" must be a list of lists of names.");
                    continue;
                default:
                    Flatten(key, value, origin, lists, settings);
                    break;
            }
        }

        foreach (var name in replaced)
        {
            if (name != LexiconLists.Agencies && LexiconLists.EntryFor(name) is null)
            {
                throw new FormatException($"The lexicon {origin} replaces \"{name}\", which is no lexicon list.");
            }
        }

        return new Lexicon([tag], lists, agencies, new(StringComparer.Ordinal) { [tag] = settings });
    }

    // A list (array of strings, or a string for its characters), a setting, or an object of more of them named with dots.
    private static void Flatten(string name, JsonElement value, string origin, Dictionary<string, string[]> lists, Dictionary<string, string> settings)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Flatten(name + "." + property.Name, property.Value, origin, lists, settings);
                }

                return;
            case JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number:
                settings[name] = LexiconLists.Settings.Contains(name)
                    ? value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.ValueKind == JsonValueKind.True ? "true" : "false"
                    : throw new FormatException($"The lexicon {origin}: \"{name}\" is no setting (the settings are {string.Join(", ", LexiconLists.Settings)}).");
                return;
        }

        if (LexiconLists.EntryFor(name) is null)
        {
            throw new FormatException($"The lexicon {origin}: \"{name}\" is no lexicon list (see Languages/LexiconLists.cs).");
        }

        lists[name] = value.ValueKind == JsonValueKind.String ? Characters(value.GetString()!) : Strings(value, origin, name);
    }

    private static string[] Strings(JsonElement value, string origin, string name) =>
        value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? [.. value.EnumerateArray().Select(e => e.GetString()!.Normalize(NormalizationForm.FormC))]
            : throw new FormatException($"The lexicon {origin}: \"{name}\" must be a list of strings.");

    // Each character (each code point) of a string, in order, once.
    private static string[] Characters(string text)
    {
        var chars = new List<string>();
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            chars.Add(rune.ToString());
        }

        return [.. chars.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>This lexicon with <paramref name="other"/>'s entries added (and its files' settings kept by their tags).</summary>
    public Lexicon Merge(Lexicon other)
    {
        var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in _lists.Keys.Union(other._lists.Keys))
        {
            lists[name] = Union(this[name], other[name]);
        }

        var settings = new Dictionary<string, Dictionary<string, string>>(_settings, StringComparer.Ordinal);
        foreach (var (tag, own) in other._settings)
        {
            settings.TryAdd(tag, own);
        }

        return new Lexicon([.. Tags.Union(other.Tags)], lists, [.. Agencies, .. other.Agencies], settings);
    }

    /// <summary>This lexicon with a user's lists added, each replacing the built-in one where <paramref name="replaced"/> names it.</summary>
    public Lexicon Extend(IReadOnlyDictionary<string, IReadOnlyList<string>> more, IReadOnlyList<IReadOnlyList<string>> agencies, IReadOnlyCollection<string> replaced)
    {
        var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in _lists.Keys.Union(more.Keys))
        {
            var added = more.GetValueOrDefault(name) ?? [];
            lists[name] = Union(replaced.Contains(name) ? [] : this[name], added);
        }

        IReadOnlyList<IReadOnlyList<string>> groups = replaced.Contains(LexiconLists.Agencies) ? [.. agencies] : [.. Agencies, .. agencies];
        return new Lexicon(Tags, lists, groups, _settings);
    }

    /// <summary>
    /// Checks a user's lists against the catalogue and the lists' shapes: a name that is no list, or a character list
    /// (<c>surnames</c>, <c>detectorLetters</c>, <c>commonCharacters</c>) given an entry of more than one character, is an <see cref="ArgumentException"/>.
    /// </summary>
    public static void Validate(IReadOnlyDictionary<string, IReadOnlyList<string>> lists, IEnumerable<string> replaced)
    {
        foreach (var (name, entries) in lists)
        {
            if (name == LexiconLists.Agencies || LexiconLists.EntryFor(name) is null)
            {
                throw new ArgumentException($"\"{name}\" is no lexicon list{(name == LexiconLists.Agencies ? " of words (agencies go in LexiconExtension.Agencies)" : "")}; the lists are {string.Join(", ", LexiconLists.All.Order(StringComparer.Ordinal))}.", nameof(lists));
            }

            if (name is LexiconLists.Surnames or LexiconLists.DetectorLetters or LexiconLists.CommonCharacters && entries.FirstOrDefault(e => e.EnumerateRunes().Count() != 1) is { } entry)
            {
                throw new ArgumentException($"\"{name}\" holds single characters; \"{entry}\" is not one.", nameof(lists));
            }
        }

        foreach (var name in replaced)
        {
            if (name != LexiconLists.Agencies && LexiconLists.EntryFor(name) is null)
            {
                throw new ArgumentException($"\"{name}\" is no lexicon list, so it cannot be replaced.", nameof(replaced));
            }
        }
    }

    // Longest first, so that alternations built from these lists prefer 责任编辑 over 编辑.
    private static string[] Union(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        [.. a.Concat(b).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];

    /// <summary>A setting as a number (an era's year), or null.</summary>
    public int? NumberSetting(string name, string? tag = null) =>
        Setting(name, tag) is { } value && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}

/// <summary>
/// The lexicon files' reader, generated at build time: the file is read as a tree of JSON values (no reflection when the
/// first page is read, nothing for trimming or native AOT to lose), then flattened into named lists by <see cref="Lexicon"/>.
/// </summary>
[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
internal sealed partial class LexiconJson : JsonSerializerContext;
