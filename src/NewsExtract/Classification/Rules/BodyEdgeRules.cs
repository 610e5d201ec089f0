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

/// <summary>
/// <c>info-line</c>: the article's info line above the text — a date and two or more labelled fields on one line that
/// ends in no full stop (a counter in brackets may close it) (<c>2020-11-23 10:22 出处：某科技 作者：某某 编辑：某某 人气：5380</c>) — is the dateline's line, not the
/// first paragraph, however many fields make it longer than a plain date line.
/// </summary>
internal sealed class InfoLineRule() : RoleRule("info-line", BlockRole.Dateline, MaxLine)
{
    /// <summary>The longest line read as an info line.</summary>
    public const int MaxLine = 60;

    /// <summary>How many labelled fields (a word and a colon) an info line holds at least.</summary>
    public const int MinFields = 2;

    public override bool Applies(in RuleContext context)
    {
        var text = context.Text;
        var lexicon = context.Lexicon;
        return text[^1] is not ('。' or '！' or '？' or '.' or '!' or '?') && LabelledFields(text) >= MinFields
            && lexicon.DateLike.MayMatch(text) && lexicon.DateLike.Regex.IsMatch(text);
    }

    // A colon after a letter (出处：, Tác giả:) opens a field; one after a digit is a time's (10:22).
    private static int LabelledFields(string text)
    {
        var fields = 0;
        for (var i = 1; i < text.Length; i++)
        {
            var at = text[i - 1] == ' ' && i >= 2 ? i - 2 : i - 1;
            if (text[i] is ':' or '：' && char.IsLetter(text[at]))
            {
                fields++;
            }
        }

        return fields;
    }
}
