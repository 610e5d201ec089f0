using NewsExtract.Blocks;

namespace NewsExtract.Classification.Rules;

/// <summary>
/// <c>signed-caption</c>: a line closed by a photographer's credit set apart from its text — in brackets
/// (<c>…搜查。（蘇智鑫攝）</c>, <c>…（圖／翻攝畫面）</c>, <c>… (Ảnh minh họa)</c>) or after the last sentence
/// (<c>…现场。山东女子学院供图</c>) — is the photo's caption wherever it stands, however long: the article's own
/// sentences are not signed by a photographer.
/// </summary>
internal sealed class SignedCaptionRule() : RoleRule("signed-caption", BlockRole.Caption, MaxLine)
{
    /// <summary>The longest line read as a signed caption (a long caption tells the story of the photo in two or three sentences).</summary>
    public const int MaxLine = 160;

    public override bool Applies(in RuleContext context) => context.Lexicon.Captions.SignedEnding.IsMatch(context.Text);
}
