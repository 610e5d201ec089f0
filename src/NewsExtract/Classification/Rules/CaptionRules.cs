using NewsExtract.Blocks;
using NewsExtract.Languages;

namespace NewsExtract.Classification.Rules;

/// <summary>
/// <c>caption-markup</c>: the markup says caption: a <c>&lt;figcaption&gt;</c>, a line repeating an image's alt text, or
/// a class that says "caption" outright (not merely "picture area").
/// </summary>
internal sealed class CaptionMarkupRule() : RoleRule("caption-markup", BlockRole.Caption)
{
    /// <summary>The longest block its class can make a caption.</summary>
    public const int MaxClassCaption = 80;

    /// <summary>How much longer than the alt text a caption repeating it may be (a credit after it: …。（资料图）).</summary>
    public const int MaxAltTextAffix = 12;

    /// <summary>Class names that say "caption" outright.</summary>
    public static HintWords CaptionClass { get; } =
        new("caption", "pcaption", @"\bdesc\b", "image_desc", "img_desc", "pic_?txt", "picture-?text", "photo-?cap", "expnote", @"\bpic_?note");

    public override bool Applies(in RuleContext context)
    {
        var block = context.Block;
        return block.Tag == BlockTag.Caption || RepeatsAltText(block, context.Input.AltTexts)
            || (context.Units <= MaxClassCaption && CaptionClass.IsMatch(block.NearHints));
    }

    /// <summary>A caption usually repeats the image's alt text, sometimes with a credit after it (…。（资料图）).</summary>
    private static bool RepeatsAltText(Block block, IReadOnlySet<string> altTexts)
    {
        if (altTexts.Count == 0)
        {
            return false;
        }

        foreach (var alt in altTexts)
        {
            if (block.KeyLength <= alt.Length + MaxAltTextAffix && block.KeyStartsWith(alt))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// <c>caption-after-image</c>: a short line right after an image that ends no sentence is its caption when the markup
/// says so (centred, in a picture-ish container, or in the image's own element); otherwise it is as likely a subheading.
/// </summary>
internal sealed class CaptionAfterImageRule() : RoleRule("caption-after-image", BlockRole.Caption, MaxLine)
{
    /// <summary>The longest line read as an image's caption.</summary>
    public const int MaxLine = 40;

    /// <summary>Class names of picture containers.</summary>
    public static HintWords PictureClass { get; } =
        new("caption", "pic", "img", "image", "photo", "figure", "desc", "note", @"\btu\b", "tuku", "expnote", @"\bcenter");

    public override bool Applies(in RuleContext context) =>
        context.Input.CaptionCandidates.Contains(context.Block.Index) && !BlockClassifier.EndsSentence(context.Text) && LooksLikeCaptionElement(context.Block);

    private static bool LooksLikeCaptionElement(Block block)
    {
        if (block.Element is not { } element)
        {
            return true;
        }

        if (PictureClass.IsMatch(block.NearHints) || element.HasDescendant("img"))
        {
            return true;
        }

        var style = element.GetAttribute("style") ?? "";
        return string.Equals(element.GetAttribute("align"), "center", StringComparison.OrdinalIgnoreCase)
            || style.Replace(" ", "", StringComparison.Ordinal).Contains("text-align:center", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary><c>caption-cue</c>: a short line with a caption phrase (<c>图为</c>, <c>资料图</c>, <c>摄</c>, <c>captionCues</c>) that ends no sentence.</summary>
internal sealed class CaptionCueRule() : RoleRule("caption-cue", BlockRole.Caption, MaxLine)
{
    /// <summary>The longest line read as a caption by its cue.</summary>
    public const int MaxLine = 30;

    public override CueList Cues => CueList.Caption;

    public override bool NeedsCue => true;

    public override bool Applies(in RuleContext context) => context.Has(CueList.Caption) && !BlockClassifier.EndsSentence(context.Text);
}

/// <summary><c>caption-opening</c>: a short line opening with a caption's words (<c>图为</c>, <c>资料图：</c>, <c>Ảnh:</c>, <c>captionOpenings</c>).</summary>
internal sealed class CaptionOpeningRule() : RoleRule("caption-opening", BlockRole.Caption, MaxLine)
{
    /// <summary>The longest line read as a caption by its opening.</summary>
    public const int MaxLine = 40;

    public override bool Applies(in RuleContext context) => context.Lexicon.Captions.Opening.IsMatch(context.Text);
}
