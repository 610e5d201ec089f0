using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Classification;

/// <summary>What an embedded audio or video player leaves in a page's text: its time readout, its title line.</summary>
internal static partial class Player
{
    // Every character the regex \d matches (asked of the engine over the BMP, so its tables decide, not ours).
    private static readonly SearchValues<char> Digits = CharSets.SearchValuesOf(@"\d", RegexOptions.CultureInvariant);

    /// <summary><c>Readout().IsMatch(text)</c>, skipped unless the text opens with a digit (as the anchored pattern must).</summary>
    public static bool IsReadout(string text) => text.Length > 0 && Digits.Contains(text[0]) && Readout().IsMatch(text);

    /// <summary>An audio/video player readout: <c>0:00 / 0:00</c>, <c>0:00</c>, <c>00:00:00</c>.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?$", RegexOptions.CultureInvariant)]
    public static partial Regex Readout();
}

/// <summary>A lexicon's player patterns: the title of an embedded video (<c>视频-…</c>, <c>视频丨…</c>, <c>Video: …</c>).</summary>
internal sealed class PlayerPatterns
{
    public PlayerPatterns(Lexicon lexicon, PatternCatalog catalog)
    {
        // The label after opening white space and at most one bracket, then a separator.
        VideoTitle = catalog.Start("video title")
            .AddWords(lexicon[LexiconLists.VideoTitleLabels], w => w)
            .AtStart(@"[\s【\[]", prefix: @"^\s*[【\[]?", suffix: @"[】\]]?\s*" + Separators.Class(Separators.Dashes + Separators.Colons + Separators.Bars));
    }

    /// <summary>The title line of an embedded video.</summary>
    public LexiconPattern VideoTitle { get; }
}
