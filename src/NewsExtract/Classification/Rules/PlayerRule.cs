using NewsExtract.Blocks;
using NewsExtract.Languages;

namespace NewsExtract.Classification.Rules;

/// <summary>
/// <c>player</c>: what an embedded player leaves in the text, a time readout (<c>0:00 / 0:00</c>, any length), its
/// text (<c>视频加载中</c>, <c>playerCues</c>) or a video's title line (<c>视频丨…</c>, <c>videoTitleLabels</c>).
/// </summary>
internal sealed class PlayerRule() : RoleRule("player", BlockRole.Player)
{
    /// <summary>The longest line read as player text: a button or two.</summary>
    public const int MaxPlayerText = 12;

    /// <summary>The longest line read as a video's title.</summary>
    public const int MaxVideoTitle = 40;

    public override CueList Cues => CueList.Player;

    public override int CueMaxUnits => MaxPlayerText;

    public override bool Applies(in RuleContext context) =>
        Player.IsReadout(context.Text)
        || (context.Units <= MaxPlayerText && context.Has(CueList.Player))
        || (context.Units <= MaxVideoTitle && context.Lexicon.Player.VideoTitle.IsMatch(context.Text));
}
