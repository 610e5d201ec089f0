using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Classification.Rules;
using NewsExtract.Languages;

namespace NewsExtract.Related;

/// <summary><c>related-heading</c>: the heading over a related list (<c>相关阅读</c>, <c>Tin liên quan</c>, <c>relatedHeadings</c>).</summary>
internal sealed class RelatedHeadingRule() : RoleRule("related-heading", BlockRole.RelatedHeading, MaxLine)
{
    /// <summary>The longest line read as a related-list heading.</summary>
    public const int MaxLine = 40;

    public override bool Applies(in RuleContext context) => RelatedLists.IsHeading(context.Text, context.Lexicon);
}

/// <summary><c>pointer-link</c>: a link to another story set between paragraphs (<c>&gt;&gt; Công chức được nghỉ 9 ngày…</c>).</summary>
internal sealed class PointerLinkRule() : RoleRule("pointer-link", BlockRole.Related, MaxLine)
{
    /// <summary>The longest line read as a pointer link.</summary>
    public const int MaxLine = 40;

    public override bool Applies(in RuleContext context) => RelatedLists.IsPointerLink(context.Text);
}

/// <summary><c>link-list</c>: a block that is mostly link text (a list item, a menu entry, another story's headline).</summary>
internal sealed class LinkListRule() : RoleRule("link-list", BlockRole.Related)
{
    /// <summary>The share of link text from which a block is a link.</summary>
    public const double MinLinkDensity = 0.5;

    public override bool Applies(in RuleContext context) => BlockWeights.EffectiveLinkDensity(context.Block) >= MinLinkDensity;
}

/// <summary><c>read-more-teaser</c>: a summary of another page closed by its "read more" link (<c>… [全文]</c>, <c>readMoreLabels</c>).</summary>
internal sealed class ReadMoreTeaserRule() : RoleRule("read-more-teaser", BlockRole.Related)
{
    public override bool Applies(in RuleContext context) => context.Lexicon.ReadMore.TeaserEnding.IsMatch(context.Text);
}
