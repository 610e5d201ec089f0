using NewsExtract.Blocks;
using NewsExtract.Languages;

namespace NewsExtract.Classification.Rules;

/// <summary><c>title-repeat</c>: a short line that repeats the headline (a breadcrumb's last step, a share text) is not body.</summary>
internal sealed class TitleRepeatRule() : RoleRule("title-repeat", BlockRole.Boilerplate, MaxLine)
{
    /// <summary>The longest line read as a repeat of the headline: the headline and a site name.</summary>
    public const int MaxLine = 60;

    public override bool Applies(in RuleContext context) =>
        context.Input.TitleKey.Length > 0 && context.Block.KeyStartsWith(context.Input.TitleKey);
}

/// <summary><c>copyright</c>: a line holding a boilerplate phrase (<c>版权所有</c>, <c>Copyright</c>, <c>boilerplatePhrases</c>).</summary>
internal sealed class CopyrightRule() : RoleRule("copyright", BlockRole.Copyright, MaxLine)
{
    /// <summary>The longest line read as a copyright or disclaimer line.</summary>
    public const int MaxLine = 80;

    public override CueList Cues => CueList.BoilerplatePhrases;

    public override bool NeedsCue => true;

    public override bool Applies(in RuleContext context) => context.Has(CueList.BoilerplatePhrases);
}

/// <summary><c>breadcrumb</c>: a short line with a navigation phrase (<c>当前位置</c>, <c>首页 &gt;</c>, <c>navigationCues</c>) and hardly any punctuation.</summary>
internal sealed class BreadcrumbRule() : RoleRule("breadcrumb", BlockRole.Breadcrumb, MaxLine)
{
    /// <summary>The longest line read as a breadcrumb.</summary>
    public const int MaxLine = 40;

    /// <summary>The most punctuation marks a breadcrumb holds: a sentence that mentions 首页 is no breadcrumb.</summary>
    public const int MaxPunctuation = 1;

    public override CueList Cues => CueList.Navigation;

    public override bool NeedsCue => true;

    public override bool Applies(in RuleContext context) =>
        context.Has(CueList.Navigation) && context.Block.Metrics.Punctuation <= MaxPunctuation;
}

/// <summary><c>share-label</c>: a button or two (<c>分享到</c>, <c>Chia sẻ</c>, <c>boilerplateLabels</c>): boilerplate only as a whole short line.</summary>
internal sealed class ShareLabelRule() : RoleRule("share-label", BlockRole.Share, MaxLine)
{
    /// <summary>The longest line read as a button row.</summary>
    public const int MaxLine = 12;

    public override CueList Cues => CueList.BoilerplateLabels;

    public override bool NeedsCue => true;

    public override bool Applies(in RuleContext context) => context.Has(CueList.BoilerplateLabels);
}

/// <summary><c>original-title</c>: the line naming an article's original title (<c>原标题：…</c>, <c>originalTitleCues</c>).</summary>
internal sealed class OriginalTitleRule() : RoleRule("original-title", BlockRole.Boilerplate, MaxLine)
{
    /// <summary>The longest line read as an original-title line.</summary>
    public const int MaxLine = 40;

    public override CueList Cues => CueList.OriginalTitle;

    public override bool NeedsCue => true;

    public override bool Applies(in RuleContext context) => context.Has(CueList.OriginalTitle);
}

/// <summary>
/// <c>boilerplate-container</c>: a block inside an element whose class or id names a boilerplate region (comments,
/// footer, navigation, share bar), unless it is running text and only a distant ancestor says so. Class names are a
/// guess at the page's layout: a site profile that pinned the article knows better.
/// </summary>
internal sealed class BoilerplateContainerRule() : RoleRule("boilerplate-container", BlockRole.Boilerplate)
{
    public override bool Applies(in RuleContext context)
    {
        var block = context.Block;
        return !context.Input.Range.IsPinned && BlockWeights.HasBoilerplateHint(block)
            && (!BlockClassifier.IsRunningText(block) || BlockWeights.IsBoilerplateHint(block.NearHints));
    }
}
