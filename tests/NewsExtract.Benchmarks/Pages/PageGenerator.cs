using System.Globalization;
using System.Text;
using static NewsExtract.Benchmarks.Pages.Vocabulary;

namespace NewsExtract.Benchmarks.Pages;

/// <summary>The shape of a generated Chinese portal article page.</summary>
/// <param name="TargetBytes">Approximate size of the page in <paramref name="SizeEncoding"/> bytes; teaser modules pad up to it.</param>
/// <param name="NavLinks">Links in the header channel bar (several rows on big portals).</param>
/// <param name="Paragraphs">Body paragraphs.</param>
/// <param name="Images">In-article images, each followed by a caption.</param>
/// <param name="RelatedLinks">Items in the "相关新闻" list after the article.</param>
/// <param name="Comments">Reader comments below the article.</param>
/// <param name="Charset">The charset the page declares in its meta tag.</param>
/// <param name="SizeEncoding">The encoding <paramref name="TargetBytes"/> is measured in.</param>
internal sealed record ZhPageShape(int TargetBytes, int NavLinks, int Paragraphs, int Images, int RelatedLinks, int Comments, string Charset, Encoding SizeEncoding);

/// <summary>
/// Builds realistic news pages deterministically (fixed seed → same page, byte for byte, on every run and machine):
/// markup in the style of Chinese and Vietnamese portals, text composed from <see cref="Vocabulary"/>.
/// </summary>
internal sealed class PageGenerator(int seed)
{
    private readonly Random _random = new(seed);

    // ------------------------------------------------------------------ Chinese HTML

    public string ZhPortalArticle(ZhPageShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var title = ZhTitle();
        var site = "华夏资讯网";
        var source = Pick(ZhSources);
        var city = Pick(ZhCities);
        var reporter = ZhName();
        var editor = ZhName();

        var head = new StringBuilder();
        head.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"").Append(shape.Charset).Append("\">\n")
            .Append("<title>").Append(title).Append("_新闻中心_").Append(site).Append("</title>\n")
            .Append("<meta name=\"keywords\" content=\"").Append(Pick(ZhObjects)).Append(',').Append(Pick(ZhObjects)).Append(',').Append(Pick(ZhSubjects)).Append("\">\n")
            .Append("<meta name=\"description\" content=\"").Append(ZhSentence()).Append("\">\n")
            .Append("<meta property=\"og:type\" content=\"article\">\n")
            .Append("<meta property=\"og:title\" content=\"").Append(title).Append("\">\n")
            .Append("<meta property=\"og:url\" content=\"https://news.huaxia.example.cn/c/2024-03-15/doc-").Append(Digits(9)).Append(".shtml\">\n")
            .Append("<meta property=\"article:published_time\" content=\"2024-03-15T10:23:00+08:00\">\n")
            .Append("<link rel=\"stylesheet\" href=\"//static.huaxia.example.cn/css/article.").Append(Digits(6)).Append(".css\">\n")
            .Append("<style>.nav li{float:left;margin:0 6px}.hidden{display:none}#content p{text-indent:2em;line-height:1.8}</style>\n")
            .Append("<script>var ARTICLE_CONFIG={channel:'news',docid:'").Append(Digits(9)).Append("',pubDate:'2024-03-15 10:23'};(function(){var s=document.createElement('script');s.src='//stat.huaxia.example.cn/s.js';document.head.appendChild(s);})();</script>\n")
            .Append("</head>\n<body>\n");

        var header = new StringBuilder();
        header.Append("<div class=\"top-bar\"><a href=\"/\">").Append(site).Append("首页</a> | <a href=\"/login\">登录</a> | <a href=\"/reg\">注册</a> | <a href=\"/app\">客户端下载</a></div>\n")
            .Append("<div class=\"header\"><div class=\"logo\"><a href=\"/\"><img src=\"//static.huaxia.example.cn/img/logo.png\" alt=\"").Append(site).Append("\"></a></div>\n")
            .Append("<ul class=\"nav\">\n");
        for (var i = 0; i < shape.NavLinks; i++)
        {
            var channel = ZhChannels[i % ZhChannels.Length];
            header.Append("<li><a href=\"https://").Append(Slug(i)).Append(".huaxia.example.cn/\">").Append(channel).Append("</a></li>");
            if (i % 20 == 19)
            {
                header.Append("\n</ul>\n<ul class=\"nav\">\n");
            }
        }

        header.Append("\n</ul>\n<form class=\"search\" action=\"/search\"><input type=\"text\" name=\"q\" placeholder=\"搜索新闻\"><button>搜索</button></form></div>\n")
            .Append("<div class=\"crumb\"><a href=\"/\">首页</a> &gt; <a href=\"/news/\">新闻中心</a> &gt; <a href=\"/news/china/\">国内新闻</a> &gt; 正文</div>\n");

        var article = new StringBuilder();
        article.Append("<div class=\"main clearfix\">\n<div class=\"main-left\">\n<div class=\"article\" id=\"article\">\n")
            .Append("<h1 class=\"main-title\">").Append(title).Append("</h1>\n")
            .Append("<div class=\"date-source\"><span class=\"date\">2024年03月15日 10:23</span> <span class=\"source\">来源：<a href=\"https://www.").Append(Slug(3)).Append(".example.cn/\">").Append(source).Append("</a></span>")
            .Append(" <span class=\"comment-count\"><a href=\"#comments\">评论(").Append(_random.Next(20, 900)).Append(")</a></span></div>\n")
            .Append("<div class=\"share\"><span>分享到：</span><a href=\"#\">微信</a><a href=\"#\">微博</a><a href=\"#\">QQ空间</a></div>\n")
            .Append("<div class=\"article-body\" id=\"content\">\n");
        var imageEvery = shape.Images > 0 ? Math.Max(1, shape.Paragraphs / (shape.Images + 1)) : int.MaxValue;
        var imagesLeft = shape.Images;
        for (var p = 0; p < shape.Paragraphs; p++)
        {
            var text = p == 0
                ? $"{source}{city}3月15日电（记者 {reporter}）{ZhSentence()}{ZhSentence()}"
                : ZhParagraph(_random.Next(3, 7));
            if (p > 0 && p % 9 == 0)
            {
                article.Append("<p><strong>").Append(Pick(ZhObjects)).Append(Pick(ZhPredicates)).Append("</strong></p>\n");
            }

            article.Append("<p>\u3000\u3000").Append(text).Append("</p>\n");
            if (imagesLeft > 0 && p % imageEvery == imageEvery - 1)
            {
                imagesLeft--;
                var caption = $"{Pick(ZhTimes)}，{Pick(ZhSubjects)}{Pick(ZhVerbs)}{Pick(ZhObjects)}。{source}记者 {ZhName()} 摄";
                article.Append("<p style=\"text-align:center\"><img src=\"https://n.huaxia.example.cn/photo/2024/0315/").Append(Digits(10)).Append(".jpg\" alt=\"").Append(caption[..Math.Min(caption.Length, 18)]).Append("\" width=\"600\" height=\"400\"></p>\n")
                    .Append("<p class=\"img-caption\" style=\"text-align:center\">").Append(caption).Append("</p>\n");
            }
        }

        article.Append("<p class=\"article-editor\">（责任编辑：").Append(editor).Append("）</p>\n")
            .Append("<p class=\"statement\">本文为").Append(source).Append("稿件，转载请注明出处。</p>\n")
            .Append("</div>\n<div class=\"keywords\">关键词：<a href=\"/tag/1\">").Append(Pick(ZhObjects)).Append("</a> <a href=\"/tag/2\">").Append(Pick(ZhObjects)).Append("</a></div>\n")
            .Append("</div>\n<div class=\"related\"><h3>相关新闻</h3>\n<ul>\n");
        for (var i = 0; i < shape.RelatedLinks; i++)
        {
            article.Append("<li><a href=\"https://news.huaxia.example.cn/c/2024-03-").Append(10 + (i % 5)).Append("/doc-").Append(Digits(9)).Append(".shtml\">").Append(ZhTeaser()).Append("</a><span class=\"time\">03-").Append(10 + (i % 5)).Append("</span></li>\n");
        }

        article.Append("</ul></div>\n<div class=\"comments\" id=\"comments\"><h3>网友评论</h3>\n");
        for (var i = 0; i < shape.Comments; i++)
        {
            article.Append("<div class=\"comment-item\"><span class=\"user\">").Append(Pick(ZhCities)).Append("网友").Append(Digits(4)).Append("</span><span class=\"time\">03-15 ")
                .Append(11 + (i % 9)).Append(':').Append(Two(_random.Next(60))).Append("</span><p>").Append(Pick(ZhCommentBits)).Append('。').Append(Pick(ZhCommentBits)).Append("</p><a class=\"like\" href=\"#\">赞(").Append(_random.Next(0, 300)).Append(")</a></div>\n");
        }

        article.Append("<div class=\"comment-form\"><textarea placeholder=\"文明上网，理性发言\"></textarea><button>发表评论</button></div>\n</div>\n</div>\n");

        var footer = new StringBuilder();
        footer.Append("<div class=\"footer\"><p><a href=\"/about\">关于我们</a> | <a href=\"/contact\">联系我们</a> | <a href=\"/ad\">广告服务</a> | <a href=\"/jobs\">招聘信息</a> | <a href=\"/law\">法律声明</a> | <a href=\"/map\">网站地图</a></p>\n")
            .Append("<p>Copyright © 1998-2024 ").Append(site).Append(" All Rights Reserved 版权所有</p>\n<p>京ICP证").Append(Digits(6)).Append("号 互联网新闻信息服务许可证").Append(Digits(11)).Append(" 违法和不良信息举报电话：010-").Append(Digits(8)).Append("</p></div>\n")
            .Append("<script>window.__STAT__&&__STAT__.push(['pv','article']);</script>\n</body>\n</html>\n");

        var enc = shape.SizeEncoding;
        var fixedBytes = enc.GetByteCount(head.ToString()) + enc.GetByteCount(header.ToString()) + enc.GetByteCount(article.ToString()) + enc.GetByteCount(footer.ToString());
        var filler = Math.Max(0, shape.TargetBytes - fixedBytes);

        var page = new StringBuilder(shape.TargetBytes);
        page.Append(head).Append(header);
        page.Append("<div class=\"top-focus\">\n").Append(ZhTeaserModules(filler / 5, enc, 4)).Append("</div>\n");
        page.Append(article);
        page.Append("<div class=\"main-right sidebar\">\n").Append(ZhSidebar(filler / 2, enc)).Append("</div>\n</div>\n");
        page.Append("<div class=\"bottom-modules\">\n").Append(ZhTeaserModules(filler - (filler / 5) - (filler / 2), enc, 12)).Append("</div>\n");
        page.Append(footer);
        return page.ToString();
    }

    /// <summary>Teaser modules ("要闻", "图片新闻", channel boxes) until <paramref name="budget"/> bytes are used.</summary>
    private string ZhTeaserModules(int budget, Encoding encoding, int itemsPerModule)
    {
        var builder = new StringBuilder();
        var used = 0;
        var module = 0;
        while (used < budget)
        {
            var chunk = new StringBuilder();
            var channel = ZhChannels[(module * 7) % ZhChannels.Length];
            chunk.Append("<div class=\"mod mod-").Append(module).Append("\"><div class=\"mod-hd\"><h2><a href=\"https://").Append(Slug(module)).Append(".huaxia.example.cn/\">").Append(channel).Append("</a></h2><a class=\"more\" href=\"#\">更多&gt;&gt;</a></div>\n<ul class=\"list-a\">\n");
            if (module % 3 == 0)
            {
                chunk.Append("<li class=\"pic\"><a href=\"https://photo.huaxia.example.cn/").Append(Digits(8)).Append(".html\"><img src=\"https://n.huaxia.example.cn/thumb/").Append(Digits(10)).Append(".jpg\" alt=\"").Append(ZhTeaser()).Append("\"><span>").Append(ZhTeaser()).Append("</span></a></li>\n");
            }

            for (var i = 0; i < itemsPerModule; i++)
            {
                chunk.Append("<li><a href=\"https://").Append(Slug(module)).Append(".huaxia.example.cn/2024-03-").Append(Two(1 + _random.Next(15))).Append('/').Append(Digits(9)).Append(".shtml\" target=\"_blank\">").Append(ZhTeaser()).Append("</a></li>\n");
            }

            chunk.Append("</ul></div>\n");
            var text = chunk.ToString();
            used += encoding.GetByteCount(text);
            builder.Append(text);
            module++;
        }

        return builder.ToString();
    }

    private string ZhSidebar(int budget, Encoding encoding)
    {
        var builder = new StringBuilder();
        var used = 0;
        var box = 0;
        string[] titles = ["排行榜", "热点推荐", "图片新闻", "视频推荐", "专题聚焦", "24小时热文", "猜你喜欢", "精彩图集"];
        while (used < budget)
        {
            var chunk = new StringBuilder();
            chunk.Append("<div class=\"side-box\"><h3>").Append(titles[box % titles.Length]).Append("</h3>\n");
            if (box % 4 == 0)
            {
                chunk.Append("<div class=\"tabs\"><span class=\"on\">点击</span><span>评论</span><span>分享</span></div>\n");
            }

            chunk.Append("<ol class=\"rank\">\n");
            for (var i = 1; i <= 10; i++)
            {
                chunk.Append("<li><em>").Append(i).Append("</em><a href=\"https://news.huaxia.example.cn/c/2024-03-").Append(Two(1 + _random.Next(15))).Append("/doc-").Append(Digits(9)).Append(".shtml\">").Append(ZhTeaser()).Append("</a>");
                if (box % 2 == 1)
                {
                    chunk.Append("<span class=\"num\">").Append(_random.Next(1000, 99999)).Append("</span>");
                }

                chunk.Append("</li>\n");
            }

            chunk.Append("</ol></div>\n");
            if (box % 5 == 2)
            {
                chunk.Append("<div class=\"ad\" id=\"ad-").Append(box).Append("\"><script>(window.ads=window.ads||[]).push({slot:'").Append(Digits(6)).Append("'});</script></div>\n");
            }

            var text = chunk.ToString();
            used += encoding.GetByteCount(text);
            builder.Append(text);
            box++;
        }

        return builder.ToString();
    }

    // ------------------------------------------------------------------ Vietnamese HTML

    /// <summary>A Vietnamese portal article (Dân trí, 2012 layout): dateline, sapo "(Dân trí) - …", body, signature, related, comments.</summary>
    public string ViPortalArticle(int targetBytes)
    {
        var title = ViTitle();
        var author = ViName();
        var head = new StringBuilder();
        head.Append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n")
            .Append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n")
            .Append("<title>").Append(title).Append(" | Dân trí</title>\n")
            .Append("<meta name=\"description\" content=\"").Append(ViSentence()).Append("\" />\n")
            .Append("<meta property=\"og:title\" content=\"").Append(title).Append("\" />\n")
            .Append("<link rel=\"canonical\" href=\"http://dantri.example.vn/xa-hoi/").Append(Digits(16)).Append(".htm\" />\n")
            .Append("<script type=\"text/javascript\">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-").Append(Digits(7)).Append("-1']);</script>\n</head>\n<body>\n");

        var header = new StringBuilder();
        header.Append("<div id=\"header\"><div class=\"logo\"><a href=\"/\"><img src=\"/App_Themes/Default/Images/logo.png\" alt=\"Dân trí\" /></a></div>\n")
            .Append("<div class=\"weather\">Hà Nội 18°C - TP.HCM 31°C</div>\n<ul id=\"menu\">");
        for (var i = 0; i < ViChannels.Length * 2; i++)
        {
            header.Append("<li><a href=\"/").Append(Slug(i)).Append(".htm\">").Append(ViChannels[i % ViChannels.Length]).Append("</a></li>");
        }

        header.Append("</ul></div>\n");

        var article = new StringBuilder();
        article.Append("<div id=\"ctl00_IDContent_ctl00_divContent\" class=\"mt3 clearfix\">\n<div class=\"fl wid470\">\n")
            .Append("<div class=\"box26\"><a href=\"/xa-hoi.htm\">Xã hội</a> &raquo; <a href=\"/xa-hoi/giao-thong.htm\">Giao thông</a></div>\n")
            .Append("<div class=\"box26\"><span class=\"fr fon7 mr2 tt-capitalize\">Thứ Ba, 25/12/2012 - 10:03</span></div>\n")
            .Append("<h1 class=\"fon31 mgb15\">").Append(title).Append("</h1>\n")
            .Append("<h2 class=\"fon33 mt1 sapo\">(Dân trí) - ").Append(ViSentence()).Append(' ').Append(ViSentence()).Append("</h2>\n")
            .Append("<div class=\"box26\"><ul class=\"news-tag-list\"><li><a href=\"/tin-lien-quan-1.htm\">&gt;&gt; ").Append(ViTeaser()).Append("</a></li><li><a href=\"/tin-lien-quan-2.htm\">&gt;&gt; ").Append(ViTeaser()).Append("</a></li></ul></div>\n")
            .Append("<div id=\"divNewsContent\" class=\"fon34 mt3 mr2 fon43 detail-content\">\n");
        for (var p = 0; p < 14; p++)
        {
            if (p == 4 || p == 10)
            {
                var caption = $"{Pick(ViSubjects)} {Pick(ViVerbs)} {Pick(ViObjects)}. (Ảnh: {ViName()})";
                article.Append("<div style=\"text-align:center\"><img src=\"http://dantri4.example.vn/Uploaded/2012/12/25/").Append(Digits(8)).Append(".jpg\" alt=\"").Append(Pick(ViObjects)).Append("\" width=\"450\" /></div>\n")
                    .Append("<p style=\"text-align:center\"><em>").Append(caption).Append("</em></p>\n");
            }

            if (p == 7)
            {
                article.Append("<p><strong>").Append(ViTitle()).Append("</strong></p>\n");
            }

            article.Append("<p>").Append(ViParagraph(_random.Next(3, 6))).Append("</p>\n");
        }

        article.Append("<p style=\"text-align:right\"><strong>").Append(author).Append("</strong></p>\n</div>\n")
            .Append("<div class=\"news-tag\">Tags: <a href=\"/tag/1.htm\">").Append(Pick(ViObjects)).Append("</a>, <a href=\"/tag/2.htm\">").Append(Pick(ViObjects)).Append("</a></div>\n")
            .Append("<div class=\"box14\"><h3>Tin liên quan</h3><ul>\n");
        for (var i = 0; i < 10; i++)
        {
            article.Append("<li><a href=\"/xa-hoi/").Append(Digits(16)).Append(".htm\">").Append(ViTeaser()).Append("</a> <span>(").Append(18 + (i % 7)).Append("/12)</span></li>\n");
        }

        article.Append("</ul></div>\n<div class=\"box-comment\"><h3>Ý kiến bạn đọc</h3>\n");
        for (var i = 0; i < 8; i++)
        {
            article.Append("<div class=\"comment\"><b>").Append(ViName()).Append("</b> - <i>").Append(Pick(["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ"])).Append("</i><p>")
                .Append(Pick(ViCommentBits)).Append(". ").Append(Pick(ViCommentBits)).Append(".</p></div>\n");
        }

        article.Append("</div>\n</div>\n");

        var footer = new StringBuilder();
        footer.Append("<div id=\"footer\"><p>Cơ quan chủ quản: Hội Khuyến học Việt Nam. Giấy phép số ").Append(Digits(3)).Append("/GP-BTTTT.</p>\n")
            .Append("<p>Tổng biên tập: ").Append(ViName()).Append(". Địa chỉ tòa soạn: Số 2 Giảng Võ, Đống Đa, Hà Nội.</p>\n")
            .Append("<p>© Bản quyền thuộc về Dân trí. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></div>\n</body>\n</html>\n");

        var enc = Encoding.UTF8;
        var fixedBytes = enc.GetByteCount(head.ToString()) + enc.GetByteCount(header.ToString()) + enc.GetByteCount(article.ToString()) + enc.GetByteCount(footer.ToString());
        var filler = Math.Max(0, targetBytes - fixedBytes);
        var page = new StringBuilder(targetBytes);
        page.Append(head).Append(header).Append(article)
            .Append("<div class=\"fr wid310\">\n").Append(ViSidebar(filler * 2 / 3)).Append("</div>\n</div>\n")
            .Append("<div class=\"bottom\">\n").Append(ViSidebar(filler - (filler * 2 / 3))).Append("</div>\n")
            .Append(footer);
        return page.ToString();
    }

    private string ViSidebar(int budget)
    {
        var builder = new StringBuilder();
        var used = 0;
        var box = 0;
        while (used < budget)
        {
            var chunk = new StringBuilder();
            chunk.Append("<div class=\"box29\"><div class=\"title\"><a href=\"/").Append(Slug(box)).Append(".htm\">").Append(ViChannels[box % ViChannels.Length]).Append("</a></div>\n");
            chunk.Append("<div class=\"hot\"><a href=\"/").Append(Digits(16)).Append(".htm\"><img src=\"http://dantri4.example.vn/zoom/80_50/").Append(Digits(8)).Append(".jpg\" alt=\"\" /></a><a class=\"fon6\" href=\"/").Append(Digits(16)).Append(".htm\">")
                .Append(ViTeaser()).Append("</a><p>").Append(ViSentence()).Append("</p></div>\n<ul>\n");
            for (var i = 0; i < 6; i++)
            {
                chunk.Append("<li><a href=\"/").Append(Slug(box)).Append('/').Append(Digits(16)).Append(".htm\">").Append(ViTeaser()).Append("</a></li>\n");
            }

            chunk.Append("</ul></div>\n");
            var text = chunk.ToString();
            used += Encoding.UTF8.GetByteCount(text);
            builder.Append(text);
            box++;
        }

        return builder.ToString();
    }

    // ------------------------------------------------------------------ Text capture

    /// <summary>
    /// A plain-text capture of a big Chinese portal page, as a text browser dumps it: bullet lists of nav and teasers,
    /// the article with full-width paragraph indents, credits, related list, footer. UTF-8, about <paramref name="targetBytes"/>.
    /// </summary>
    public string ZhTextCapture(int targetBytes)
    {
        var title = ZhTitle();
        var source = Pick(ZhSources);
        var text = new StringBuilder(targetBytes);
        text.Append(title).Append("_新闻中心_华夏资讯网\n\n华夏资讯网首页 | 登录 | 注册 | 客户端下载\n\n");
        for (var i = 0; i < ZhChannels.Length * 3; i++)
        {
            text.Append("  • ").Append(ZhChannels[i % ZhChannels.Length]).Append('\n');
        }

        text.Append("\n搜索新闻 [搜索]\n当前位置：首页 > 新闻中心 > 国内新闻 > 正文\n\n");
        var enc = Encoding.UTF8;
        var topBudget = targetBytes / 6;
        text.Append(ZhTextTeasers(topBudget, enc));

        text.Append('\n').Append(title).Append("\n\n2024年03月15日 10:23 来源：").Append(source).Append(" 评论(").Append(_random.Next(20, 900)).Append(")\n\n分享到： 微信 微博 QQ空间\n\n");
        for (var p = 0; p < 40; p++)
        {
            var paragraph = p == 0 ? $"{source}{Pick(ZhCities)}3月15日电（记者 {ZhName()}）{ZhSentence()}{ZhSentence()}" : ZhParagraph(_random.Next(3, 7));
            text.Append('\u3000').Append('\u3000').Append(paragraph).Append('\n');
            if (p % 12 == 6)
            {
                text.Append("\n[图片]\n").Append(Pick(ZhTimes)).Append('，').Append(Pick(ZhSubjects)).Append(Pick(ZhVerbs)).Append(Pick(ZhObjects)).Append("。记者 ").Append(ZhName()).Append(" 摄\n\n");
            }
        }

        text.Append("\n（责任编辑：").Append(ZhName()).Append("）\n\n关键词：").Append(Pick(ZhObjects)).Append(' ').Append(Pick(ZhObjects)).Append("\n\n相关新闻\n\n");
        for (var i = 0; i < 12; i++)
        {
            text.Append("  • ").Append(ZhTeaser()).Append(" 03-").Append(10 + (i % 5)).Append('\n');
        }

        text.Append("\n网友评论\n\n");
        for (var i = 0; i < 10; i++)
        {
            text.Append(Pick(ZhCities)).Append("网友").Append(Digits(4)).Append(" 03-15 ").Append(11 + (i % 9)).Append(':').Append(Two(_random.Next(60))).Append('\n')
                .Append(Pick(ZhCommentBits)).Append('。').Append(Pick(ZhCommentBits)).Append("\n赞(").Append(_random.Next(300)).Append(")\n\n");
        }

        var footer = "关于我们 | 联系我们 | 广告服务 | 招聘信息 | 法律声明 | 网站地图\nCopyright © 1998-2024 华夏资讯网 All Rights Reserved 版权所有\n京ICP证000000号\n";
        var rest = targetBytes - enc.GetByteCount(text.ToString()) - enc.GetByteCount(footer);
        text.Append('\n').Append(ZhTextTeasers(rest, enc)).Append('\n').Append(footer);
        return text.ToString();
    }

    private string ZhTextTeasers(int budget, Encoding encoding)
    {
        var builder = new StringBuilder();
        var used = 0;
        var module = 0;
        while (used < budget)
        {
            var chunk = new StringBuilder();
            chunk.Append(ZhChannels[(module * 7) % ZhChannels.Length]).Append(" 更多>>\n\n");
            for (var i = 0; i < 10; i++)
            {
                chunk.Append("  • ").Append(ZhTeaser()).Append('\n');
            }

            chunk.Append('\n');
            var text = chunk.ToString();
            used += encoding.GetByteCount(text);
            builder.Append(text);
            module++;
        }

        return builder.ToString();
    }

    // ------------------------------------------------------------------ Sentences

    private string ZhSentence() => _random.Next(6) switch
    {
        0 => $"{Pick(ZhTimes)}，{Pick(ZhSubjects)}{Pick(ZhVerbs)}{Pick(ZhObjects)}相关工作，{Pick(ZhObjects)}{Pick(ZhPredicates)}。",
        1 => $"{Pick(ZhSubjects)}{Pick(ZhSpeechVerbs)}，{Pick(ZhObjects)}{Pick(ZhPredicates)}，{Pick(ZhStats)}。",
        2 => $"{Pick(ZhConnectors)}，{Pick(ZhTimes)}{Pick(ZhSubjects)}{Pick(ZhVerbs)}{Pick(ZhObjects)}、{Pick(ZhObjects)}等方面的政策，{Pick(ZhStats)}。",
        3 => $"“{Pick(ZhQuotes)}，”{ZhName()}说，“{Pick(ZhQuotes)}。”",
        4 => $"据{Pick(ZhSources)}报道，{Pick(ZhCities)}{Pick(ZhObjects)}{Pick(ZhStats)}，其中{Pick(ZhObjects)}{Pick(ZhPredicates)}。",
        _ => $"{Pick(ZhConnectors)}，{Pick(ZhSubjects)}将{Pick(ZhVerbs)}{Pick(ZhObjects)}（{Pick(ZhStats)}），并{Pick(ZhVerbs)}{Pick(ZhObjects)}；{Pick(ZhObjects)}{Pick(ZhPredicates)}。",
    };

    private string ZhParagraph(int sentences)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            builder.Append(ZhSentence());
        }

        return builder.ToString();
    }

    private string ZhTitle() => _random.Next(3) switch
    {
        0 => $"{Pick(ZhSubjects)}：{Pick(ZhObjects)}{Pick(ZhPredicates)}",
        1 => $"{Pick(ZhCities)}{Pick(ZhVerbs)}{Pick(ZhObjects)} {Pick(ZhStats)}",
        _ => $"{Pick(ZhTimes)}{Pick(ZhObjects)}{Pick(ZhStats)}",
    };

    private string ZhTeaser() => _random.Next(3) switch
    {
        0 => $"{Pick(ZhCities)}{Pick(ZhObjects)}{Pick(ZhTeaserTails)}",
        1 => $"{Pick(ZhSubjects)}{Pick(ZhVerbs)}{Pick(ZhObjects)}",
        _ => $"{Pick(ZhObjects)}{Pick(ZhStats)}",
    };

    private string ZhName() => Pick(ZhSurnames) + Pick(ZhGivenNames);

    private string ViSentence() => _random.Next(5) switch
    {
        0 => $"{Pick(ViTimes)}, {Pick(ViSubjects)} {Pick(ViVerbs)} {Pick(ViObjects)} {Pick(ViStats)}.",
        1 => $"{Pick(ViConnectors)}, {Pick(ViObjects)} {Pick(ViPredicates)}.",
        2 => $"Ông {ViName()}, đại diện {Pick(ViSubjects)}, {Pick(ViSpeechVerbs)}: \"{Pick(ViQuotes)}\".",
        3 => $"Theo {Pick(ViSubjects)}, {Pick(ViObjects)} {Pick(ViPredicates)}, {Pick(ViStats)}.",
        _ => $"{Pick(ViConnectors)}, {Pick(ViSubjects)} cũng {Pick(ViVerbs)} {Pick(ViObjects)} và {Pick(ViObjects)}.",
    };

    private string ViParagraph(int sentences)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(ViSentence());
        }

        return builder.ToString();
    }

    private string ViTitle()
    {
        var title = $"{Pick(ViSubjects)} {Pick(ViVerbs)} {Pick(ViObjects)}";
        return char.ToUpper(title[0], CultureInfo.InvariantCulture) + title[1..];
    }

    private string ViTeaser()
    {
        var teaser = $"{Pick(ViObjects)}: {Pick(ViTeaserTails)}";
        return char.ToUpper(teaser[0], CultureInfo.InvariantCulture) + teaser[1..];
    }

    private string ViName() => $"{Pick(ViFamilyNames)} {Pick(ViMiddleNames)} {Pick(ViGivenNames)}";

    // ------------------------------------------------------------------ Helpers

    private string Pick(string[] words) => words[_random.Next(words.Length)];

    private string Digits(int count)
    {
        Span<char> digits = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + _random.Next(10));
        }

        return new string(digits);
    }

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    private static string Slug(int index)
    {
        string[] slugs = ["news", "finance", "tech", "auto", "house", "sports", "ent", "fashion", "health", "edu", "travel", "culture", "video", "photo", "blog"];
        return slugs[index % slugs.Length];
    }
}
