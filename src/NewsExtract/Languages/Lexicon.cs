using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsExtract.Languages;

/// <summary>
/// The cue phrases of one language (or the union of several), read from the embedded <c>zh-Hans.json</c>,
/// <c>zh-Hant.json</c> and <c>vi.json</c> and extended by the caller's <see cref="LexiconExtension"/>s.
/// </summary>
internal sealed class Lexicon
{
    public required IReadOnlyList<string> CreditRoles { get; init; }
    public required IReadOnlyList<string> AuthorLabels { get; init; }
    public required IReadOnlyList<string> SourceLabels { get; init; }
    public required IReadOnlyList<IReadOnlyList<string>> Agencies { get; init; }
    public required IReadOnlyList<string> RelatedHeadings { get; init; }
    public required IReadOnlyList<string> NavigationCues { get; init; }
    public required IReadOnlyList<string> BoilerplatePhrases { get; init; }

    /// <summary>Words that are boilerplate only as a whole short line (分享到, Chia sẻ): inside a sentence they are ordinary words.</summary>
    public required IReadOnlyList<string> BoilerplateLabels { get; init; }
    public required IReadOnlyList<string> CaptionCues { get; init; }
    public required IReadOnlyList<string> PlayerCues { get; init; }
    public required IReadOnlyList<string> OriginalTitleCues { get; init; }

    /// <summary>Words before a print source in book-title marks: 刊于《半月谈》, 摘自《参考消息》.</summary>
    public IReadOnlyList<string> PrintSourceCues { get; init; } = [];

    /// <summary>Endings of outlet names (报, 网, 社, 周刊, 科技): a header token ending so names a source.</summary>
    public IReadOnlyList<string> MediaSuffixes { get; init; } = [];

    /// <summary>Values after a source label that name no outlet (转载文章, 网络, 本站).</summary>
    public IReadOnlyList<string> SourceStopwords { get; init; } = [];

    /// <summary>Photo and video credits, read only as a whole labelled line (<c>Ảnh: Misso</c>, <c>摄影：X</c>).</summary>
    public IReadOnlyList<string> PhotoCreditRoles { get; init; } = [];

    /// <summary>Common family names, one character each: tells a bare personal name (李楠) from other short words.</summary>
    public string Surnames { get; init; } = "";

    /// <summary>Reads a built-in lexicon by its language tag (<c>zh-Hans</c>, <c>zh-Hant</c>, <c>vi</c>).</summary>
    public static Lexicon LoadBuiltIn(string tag)
    {
        var name = $"NewsExtract.Languages.{tag}.json";
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The lexicon resource {name} is missing from the assembly.");
        var data = JsonSerializer.Deserialize(stream, LexiconJson.Default.LexiconData)
            ?? throw new InvalidOperationException($"The lexicon resource {name} is empty.");
        return new Lexicon
        {
            CreditRoles = data.CreditRoles ?? [],
            AuthorLabels = data.AuthorLabels ?? [],
            SourceLabels = data.SourceLabels ?? [],
            Agencies = data.Agencies ?? [],
            RelatedHeadings = data.RelatedHeadings ?? [],
            NavigationCues = data.NavigationCues ?? [],
            BoilerplatePhrases = data.BoilerplatePhrases ?? [],
            BoilerplateLabels = data.BoilerplateLabels ?? [],
            CaptionCues = data.CaptionCues ?? [],
            PlayerCues = data.PlayerCues ?? [],
            OriginalTitleCues = data.OriginalTitleCues ?? [],
            PrintSourceCues = data.PrintSourceCues ?? [],
            MediaSuffixes = data.MediaSuffixes ?? [],
            SourceStopwords = data.SourceStopwords ?? [],
            Surnames = data.Surnames ?? "",
            PhotoCreditRoles = data.PhotoCreditRoles ?? [],
        };
    }

    /// <summary>This lexicon with <paramref name="other"/>'s entries added.</summary>
    public Lexicon Merge(Lexicon other) => new()
    {
        CreditRoles = Union(CreditRoles, other.CreditRoles),
        AuthorLabels = Union(AuthorLabels, other.AuthorLabels),
        SourceLabels = Union(SourceLabels, other.SourceLabels),
        Agencies = [.. Agencies, .. other.Agencies],
        RelatedHeadings = Union(RelatedHeadings, other.RelatedHeadings),
        NavigationCues = Union(NavigationCues, other.NavigationCues),
        BoilerplatePhrases = Union(BoilerplatePhrases, other.BoilerplatePhrases),
        BoilerplateLabels = Union(BoilerplateLabels, other.BoilerplateLabels),
        CaptionCues = Union(CaptionCues, other.CaptionCues),
        PlayerCues = Union(PlayerCues, other.PlayerCues),
        OriginalTitleCues = Union(OriginalTitleCues, other.OriginalTitleCues),
        PrintSourceCues = Union(PrintSourceCues, other.PrintSourceCues),
        MediaSuffixes = Union(MediaSuffixes, other.MediaSuffixes),
        SourceStopwords = Union(SourceStopwords, other.SourceStopwords),
        Surnames = Surnames + other.Surnames,
        PhotoCreditRoles = Union(PhotoCreditRoles, other.PhotoCreditRoles),
    };

    /// <summary>This lexicon with a user's extension added.</summary>
    public Lexicon Extend(LexiconExtension extension) => Merge(new Lexicon
    {
        CreditRoles = extension.CreditRoles,
        AuthorLabels = [],
        SourceLabels = extension.SourceLabels,
        Agencies = extension.Agencies,
        RelatedHeadings = extension.RelatedHeadings,
        NavigationCues = [],
        BoilerplatePhrases = extension.BoilerplatePhrases,
        BoilerplateLabels = [],
        CaptionCues = [],
        PlayerCues = [],
        OriginalTitleCues = [],
    });

    // Longest first, so that alternations built from these lists prefer 责任编辑 over 编辑.
    private static string[] Union(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        [.. a.Concat(b).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];

    /// <summary>A lexicon file as it is stored (every list optional).</summary>
    internal sealed record LexiconData(
        string? Language,
        string[]? CreditRoles,
        string[]? AuthorLabels,
        string[]? SourceLabels,
        string[][]? Agencies,
        string[]? RelatedHeadings,
        string[]? NavigationCues,
        string[]? BoilerplatePhrases,
        string[]? BoilerplateLabels,
        string[]? CaptionCues,
        string[]? PlayerCues,
        string[]? OriginalTitleCues,
        string[]? PrintSourceCues,
        string[]? MediaSuffixes,
        string[]? SourceStopwords,
        string? Surnames,
        string[]? PhotoCreditRoles);
}

/// <summary>
/// The lexicon files' reader, generated at build time: no reflection over <see cref="Lexicon.LexiconData"/> when the first
/// page is read (a third of the lexicons' start-up), and nothing for trimming or native AOT to lose.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Lexicon.LexiconData))]
internal sealed partial class LexiconJson : JsonSerializerContext;
