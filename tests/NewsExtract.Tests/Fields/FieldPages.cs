using System.Globalization;
using System.Text;

namespace NewsExtract.Tests.Fields;

/// <summary>Small synthetic article pages: header lines, a lead, running text and trailer lines.</summary>
internal static class FieldPages
{
    private static readonly string[] ChineseFiller =
    [
        "国庆中秋长假过半，各地景区迎来客流高峰，交通部门加强了运力调度，铁路和公路客运总体平稳有序，旅客出行秩序良好。",
        "业内人士认为，假日消费的回暖显示出市场信心正在恢复，餐饮、住宿和文旅等行业的营业收入较去年同期均有明显增长。",
        "当地有关部门表示，将继续做好节日期间的安全保障工作，加强对重点场所的巡查，确保游客度过一个安全祥和的假期。",
        "专家指出，消费复苏仍需政策持续发力，要进一步稳定就业、增加居民收入，让更多人愿意消费、敢于消费、能够消费。",
    ];

    private static readonly string[] VietnameseFiller =
    [
        "Chiều ngày 26-12, Tòa Phúc thẩm TAND Tối cao tại TPHCM đã tuyên bác kháng cáo, giữ nguyên mức án đối với bị cáo trong vụ án gây xôn xao dư luận.",
        "Theo hồ sơ vụ án, bị cáo đã nhiều lần vay tiền của người quen để kinh doanh nhưng làm ăn thua lỗ nên không có khả năng trả nợ đúng hạn.",
        "Tại phiên tòa, đại diện Viện kiểm sát cho rằng cấp sơ thẩm đã xét xử đúng người, đúng tội, không oan sai và đề nghị giữ nguyên bản án.",
        "Sau khi nghị án, hội đồng xét xử đã tuyên y án sơ thẩm, đồng thời buộc bị cáo bồi thường cho gia đình người bị hại theo quy định.",
    ];

    public static string Chinese(string lead, string[]? header = null, string[]? trailer = null, string? head = null, string[]? middle = null, string[]? after = null) =>
        Page("zh-CN", "亚马逊海外购限时快闪店登陆拼多多", lead, ChineseFiller, header, trailer, head, middle, after);

    public static string Vietnamese(string lead, string[]? header = null, string[]? trailer = null, string? head = null, string[]? middle = null, string[]? after = null) =>
        Page("vi", "Thiếu tiền hụi, xách dao đi nói chuyện với chủ nợ", lead, VietnameseFiller, header, trailer, head, middle, after);

    private static string Page(string lang, string title, string lead, string[] filler, string[]? header, string[]? trailer, string? head, string[]? middle, string[]? after)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>{head}</head><body>");
        html.Append("<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">新闻</a> <a href=\"/b\">财经</a></div>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"article\"><h1>{title}</h1>");
        foreach (var line in header ?? [])
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"info\">{line}</div>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<div class=\"content\"><p>{lead}</p>");
        for (var i = 0; i < filler.Length; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{filler[i]}</p>");
            if (i == 1)
            {
                foreach (var line in middle ?? [])
                {
                    html.Append(CultureInfo.InvariantCulture, $"<p>{line}</p>");
                }
            }
        }

        foreach (var line in trailer ?? [])
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{line}</p>");
        }

        html.Append("</div></div>");
        foreach (var line in after ?? [])
        {
            html.Append(line);
        }

        html.Append("<div class=\"footer\">Copyright © 2020 版权所有</div></body></html>");
        return html.ToString();
    }
}
