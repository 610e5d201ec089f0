using NewsExtract.Blocks;
using NewsExtract.Languages;
using NewsExtract.Related;

namespace NewsExtract.Classification.Rules;

/// <summary>
/// The rules that give a block its role, in the order they are tried: the first that applies decides, and a block none
/// applies to is body. <see cref="BlockClassifier"/> asks them of every block, then adjusts roles by the page around
/// the block (the article's span, a related list running on, the edges of the body). To teach the classifier a new
/// shape of line, add a rule here at the place it should win.
/// </summary>
internal static class RoleRules
{
    public static IReadOnlyList<RoleRule> All => Rules;

    // The list as an array, and each rule's bounds copied out of it: the loop below runs for every block of a page.
    private static readonly RoleRule[] Rules =
    [
        new PlayerRule(),
        new CaptionMarkupRule(),
        new TitleRepeatRule(),
        new CopyrightRule(),
        new CreditLineRule(),
        new SourceLineRule(),
        new RelatedHeadingRule(),
        new PointerLinkRule(),
        new BreadcrumbRule(),
        new ShareLabelRule(),
        new OriginalTitleRule(),
        new BylineRule(),
        new DatelineRule(),
        new CaptionAfterImageRule(),
        new CaptionCueRule(),
        new CaptionOpeningRule(),
        new LinkListRule(),
        new ReadMoreTeaserRule(),
        new BoilerplateContainerRule(),
    ];

    private static readonly int[] MaxUnits = [.. Rules.Select(r => r.MaxUnits)];
    private static readonly CueList[] Needed = [.. Rules.Select(r => r.NeedsCue ? r.Cues : CueList.None)];

    // The cue lists the rules read, by block length: a block's text is searched once for all of them.
    private static readonly CueList[] AskedByUnits = BuildAsked();

    /// <summary>
    /// The cue lists the rules read for a block of <paramref name="units"/> reading units, found in one pass over its text
    /// (each rule bounds the length it reads its list for, so a list a block is too long for is not searched).
    /// </summary>
    public static CueList CuesAsked(int units) => units < AskedByUnits.Length ? AskedByUnits[units] : CueList.None;

    /// <summary>The role the first applying rule gives the block, and that rule; body and no rule when none applies.</summary>
    public static (BlockRole Role, RoleRule? Rule) RoleOf(Block block, ClassificationInput input)
    {
        var units = block.Metrics.ReadingLength;
        var asked = CuesAsked(units);
        var cues = asked == CueList.None ? CueList.None : block.Cues(input.Lexicon.Cues, asked);
        var context = new RuleContext(block, units, cues, input);
        for (var i = 0; i < Rules.Length; i++)
        {
            if (units <= MaxUnits[i] && (Needed[i] == CueList.None || (cues & Needed[i]) != 0) && Rules[i].Applies(context))
            {
                return (Rules[i].Role, Rules[i]);
            }
        }

        return (BlockRole.Body, null);
    }

    private static CueList[] BuildAsked()
    {
        var longest = All.Where(r => r.Cues != CueList.None).Select(r => Math.Min(r.CueMaxUnits, r.MaxUnits)).DefaultIfEmpty(-1).Max();
        var asked = new CueList[longest + 1];
        for (var units = 0; units <= longest; units++)
        {
            foreach (var rule in All)
            {
                asked[units] |= units <= rule.MaxUnits && units <= rule.CueMaxUnits ? rule.Cues : CueList.None;
            }
        }

        return asked;
    }
}
