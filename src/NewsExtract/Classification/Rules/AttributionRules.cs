using NewsExtract.Blocks;
using NewsExtract.Languages;

namespace NewsExtract.Classification.Rules;

/// <summary>
/// <c>credit-line</c>: an editorial credit (<c>责任编辑：刘莹</c>, <c>编辑丨X 校对丨Y</c>, <c>Biên tập: X</c>): a role of
/// <c>creditRoles</c> opening the line, after a bracket, another credit, a byline or a source label.
/// </summary>
internal sealed class CreditLineRule() : RoleRule("credit-line", BlockRole.Credit, MaxLine)
{
    /// <summary>The longest line read as a credit line.</summary>
    public const int MaxLine = 40;

    /// <summary>The longest text before a role that may still be another credit or a source label.</summary>
    private const int MaxPrefix = 24;

    /// <summary>The longest line (in characters) read as a source label run into a credit.</summary>
    private const int MaxRunOnLine = 60;

    public override CueList Cues => CueList.CreditRole;

    public override bool NeedsCue => true;

    public override bool Applies(in RuleContext context) => context.Has(CueList.CreditRole) && IsCreditLine(context.Text, context.Lexicon);

    public static bool IsCreditLine(string text, CompiledLexicon lexicon)
    {
        if (!lexicon.MayMatchCreditRole(text))
        {
            return false;
        }

        var match = lexicon.CreditRole.Match(text);
        if (!match.Success)
        {
            return text.Length <= MaxRunOnLine && CreditAfterSource(text, lexicon);
        }

        // The role opens the line (after an optional bracket), or follows another credit or a source label on the same line.
        var prefix = text.AsSpan(0, match.Index).Trim();
        return prefix.Length == 0 || prefix is "(" or "（" or "[" or "【" || (prefix.Length <= MaxPrefix && lexicon.MayMatchCreditRole(prefix) && lexicon.CreditRole.IsMatch(prefix.ToString()))
            || (lexicon.MayMatchAuthorLabel(prefix) && lexicon.AuthorLabel.Match(prefix.ToString()) is { Success: true, Index: 0 })
            || (prefix.Length <= MaxPrefix && LabelEnd(prefix, lexicon.Lexicon.SourceLabels) >= 0);
    }

    /// <summary>
    /// A source label and then a credit, run into the names before them (<c>杨倩本文来源：证券市场红周刊责任编辑：杨倩_NF4425</c>),
    /// which the credit pattern misses because a letter stands right before the role.
    /// </summary>
    private static bool CreditAfterSource(string text, CompiledLexicon lexicon)
    {
        var source = LabelEnd(text, lexicon.Lexicon.SourceLabels);
        return source >= 0 && LabelEnd(text.AsSpan(source), lexicon.Lexicon.CreditRoles) >= 0;
    }

    /// <summary>Where the first of <paramref name="labels"/> followed by a colon ends in <paramref name="text"/>, or -1.</summary>
    private static int LabelEnd(ReadOnlySpan<char> text, IReadOnlyList<string> labels)
    {
        foreach (var label in labels)
        {
            var at = text.IndexOf(label, StringComparison.Ordinal);
            if (at >= 0 && at + label.Length < text.Length && text[at + label.Length] is ':' or '：')
            {
                return at + label.Length + 1;
            }
        }

        return -1;
    }
}

/// <summary><c>source-line</c>: a source label opening the line (<c>来源：X</c>, <c>sourceLabels</c>) or an end attribution (<c>Theo TTXVN</c>).</summary>
internal sealed class SourceLineRule() : RoleRule("source-line", BlockRole.Source, MaxLine)
{
    /// <summary>The longest line read as a source line.</summary>
    public const int MaxLine = 40;

    public override bool Applies(in RuleContext context) => IsSourceLine(context.Text, context.Lexicon);

    public static bool IsSourceLine(string text, CompiledLexicon lexicon) =>
        (lexicon.MayOpenWithSourceLabel(text) && lexicon.SourceLabel.IsMatch(text)) || lexicon.Attributions.OpensEndAttribution(text);
}

/// <summary><c>byline</c>: an author label near the start of a short line (<c>记者 张三</c>, <c>文/X</c>, <c>Tác giả: X</c>, <c>authorLabels</c>).</summary>
internal sealed class BylineRule() : RoleRule("byline", BlockRole.Byline, MaxLine)
{
    /// <summary>The longest line read as a byline.</summary>
    public const int MaxLine = 40;

    /// <summary>How far into the line the label may start (after an outlet's name: 新华社记者).</summary>
    public const int MaxLabelStart = 8;

    /// <summary>The longest byline (in characters) that may end as a sentence does.</summary>
    public const int MaxSentenceLike = 20;

    public override CueList Cues => CueList.AuthorLabel;

    public override bool NeedsCue => true;

    public override bool Applies(in RuleContext context) => context.Has(CueList.AuthorLabel) && IsBylineLine(context.Text, context.Lexicon);

    public static bool IsBylineLine(string text, CompiledLexicon lexicon)
    {
        // A label further in does not count (below): the search need not look past the line's first few characters.
        if (!lexicon.MayMatchAuthorLabelBy(text, maxIndex: MaxLabelStart))
        {
            return false;
        }

        var match = lexicon.AuthorLabel.Match(text);
        if (!match.Success || match.Index > MaxLabelStart || match.Length == text.Length)
        {
            return false;
        }

        // A one-character label ("文") is too common a character: require a separator after it.
        var label = match.Groups["label"].Value;
        if (label.Length == 1 && match.Length == 1)
        {
            return false;
        }

        return !BlockClassifier.EndsSentence(text) || text.Length <= MaxSentenceLike;
    }
}

/// <summary>
/// <c>dateline</c>: a short line that looks like a date and ends no sentence (<c>2025-07-13 09:50</c>, <c>Thứ bảy,
/// 12/7/2025</c>); a dateline lead closing the line (<c>新华社北京7月12日电</c>) opens the body instead.
/// </summary>
internal sealed class DatelineRule() : RoleRule("dateline", BlockRole.Dateline, MaxLine)
{
    /// <summary>The longest line read as a date line.</summary>
    public const int MaxLine = 30;

    public override bool Applies(in RuleContext context)
    {
        var text = context.Text;
        var lexicon = context.Lexicon;
        return !BlockClassifier.EndsSentence(text) && lexicon.DateLike.MayMatch(text) && !lexicon.Leads.ClosingDate.IsMatch(text) && lexicon.DateLike.Regex.IsMatch(text);
    }
}
