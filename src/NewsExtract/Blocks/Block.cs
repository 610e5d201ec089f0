using NewsExtract.Html;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Blocks;

/// <summary>
/// A run of text with its features: the shared currency of the HTML and plain-text paths.
/// Everything after block building (classification, field extraction) reads blocks only, plus the
/// element behind an HTML block where structure helps.
/// </summary>
internal sealed class Block
{
    private string? _key;

    // The cue lists searched so far and those found among them (a block is scanned by its page's lexicon only).
    private CueList _cuesAsked;
    private CueList _cuesFound;

    public Block(int index, string text, BlockTag tag)
        : this(index, text, tag, TextMetrics.Of(text))
    {
    }

    /// <summary>A block whose metrics the caller has already counted (must be <c>TextMetrics.Of(text)</c>).</summary>
    public Block(int index, string text, BlockTag tag, TextMetrics metrics)
    {
        Index = index;
        Text = text;
        Tag = tag;
        Metrics = metrics;
    }

    /// <summary>Position in the page's reading order.</summary>
    public int Index { get; }

    /// <summary>The text, whitespace collapsed and trimmed, never empty.</summary>
    public string Text { get; }

    /// <summary>What kind of element (or text line) the block came from.</summary>
    public BlockTag Tag { get; }

    /// <summary>The text as a comparison key (<see cref="TextKey.Of"/>), computed once when first asked.</summary>
    public string Key => _key ??= TextKey.Of(Text);

    /// <summary><c>Key.Length</c>, known without building the key for most text (<see cref="TextMetrics.PlainKey"/>).</summary>
    public int KeyLength => Metrics.PlainKey ? Metrics.Chars : Key.Length;

    /// <summary><c>Key == key</c>, answered by the lengths alone where they differ.</summary>
    public bool KeyEquals(string key) => KeyLength == key.Length && Key == key;

    /// <summary>
    /// <c>Key.StartsWith(prefix)</c> (ordinal), answered by the lengths alone where the key is the shorter, and for plain
    /// text (<see cref="TextMetrics.PlainKey"/>) by reading the text itself as its key, which rarely goes past a character.
    /// </summary>
    public bool KeyStartsWith(string prefix) =>
        KeyLength >= prefix.Length
        && (_key is null && Metrics.PlainKey ? TextKey.PlainStartsWith(Text, prefix) : Key.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>
    /// Those of the <paramref name="wanted"/> lists that <paramref name="scan"/> finds in the text (see
    /// <see cref="CueScan.Find"/>). The classifier and the field extractors ask of the same lines: each list is
    /// searched once per block, and the lists first asked together in one pass. A page's blocks are all read with its
    /// one lexicon, so the answers are kept without the scan that gave them.
    /// </summary>
    public CueList Cues(CueScan scan, CueList wanted)
    {
        var missing = wanted & ~_cuesAsked;
        if (missing != 0)
        {
            _cuesFound |= scan.Find(Text, missing);
            _cuesAsked |= missing;
        }

        return _cuesFound & wanted;
    }

    /// <summary>Character counts by class.</summary>
    public TextMetrics Metrics { get; }

    /// <summary>Non-white characters inside links.</summary>
    public int LinkChars { get; init; }

    /// <summary>The target of the block's link when the block is mostly one link.</summary>
    public string? Href { get; init; }

    /// <summary>The block-level element that holds the text (HTML only).</summary>
    public HtmlElement? Element { get; init; }

    /// <summary>Lower-cased class and id words of the element and its ancestors, nearest first (HTML only).</summary>
    public string Hints { get; init; } = "";

    /// <summary>The first part of <see cref="Hints"/>: the holding element and its parent only.</summary>
    public string NearHints { get; init; } = "";

    /// <summary>Whether <see cref="Hints"/> name a boilerplate region, once asked (cached by <c>BlockWeights.HasBoilerplateHint</c>).</summary>
    public bool? HintsAreBoilerplate { get; set; }

    /// <summary>True for a list item or a bulleted text line.</summary>
    public bool IsListItem { get; init; }

    /// <summary>True when the block reads like the summary under another article's linked headline.</summary>
    public bool IsTeaser { get; set; }

    /// <summary>The role the classifier gave the block (<see cref="SetRole"/>).</summary>
    public BlockRole Role { get; private set; }

    /// <summary>What decided <see cref="Role"/>: the name of a role rule (<c>credit-line</c>) or of a page pass (<c>outside-article</c>); null for body no rule claimed.</summary>
    public string? RoleReason { get; private set; }

    /// <summary>Gives the block its role; only the classifier (<c>BlockClassifier.Classify</c>) decides roles.</summary>
    public void SetRole(BlockRole role, string? reason)
    {
        Role = role;
        RoleReason = reason;
    }

    /// <summary>Share of the text that is link text, 0–1.</summary>
    public double LinkDensity => Metrics.Chars == 0 ? 0 : Math.Min(1.0, (double)LinkChars / Metrics.Chars);

    /// <inheritdoc/>
    public override string ToString() => $"#{Index} {Tag} {Role}: {(Text.Length > 60 ? Text[..60] + "…" : Text)}";
}

/// <summary>The element kind a block came from.</summary>
internal enum BlockTag
{
    /// <summary>A paragraph or generic block container.</summary>
    Paragraph = 0,
    Heading1,
    Heading,
    ListItem,
    Quote,
    TableCell,
    Caption,
    Title,

    /// <summary>A line of a plain-text capture.</summary>
    Line,
}
