namespace NewsExtract.Benchmarks.Pages;

/// <summary>
/// Word and phrase lists the page generator composes news-like sentences from. Written for the benchmarks
/// (no text from real pages): common newsroom vocabulary, so that the text has realistic character mix,
/// punctuation, numbers and sentence lengths.
/// </summary>
internal static class Vocabulary
{
    // ---- Chinese (Simplified) ----

    public static readonly string[] ZhTimes =
    [
        "今年以来", "近日", "日前", "3月15日", "截至去年年底", "上半年", "今年一季度", "本周一", "昨天上午", "当天下午",
        "近年来", "过去五年", "春节前后", "7月12日", "去年同期", "从明年起", "本月底前", "下一步", "在此期间", "十四五期间",
    ];

    public static readonly string[] ZhSubjects =
    [
        "国家发展改革委", "财政部", "教育部", "商务部", "国家统计局", "生态环境部", "交通运输部", "国家卫生健康委",
        "北京市政府", "上海市", "广东省", "浙江省", "四川省", "深圳市", "重庆市", "江苏省有关部门",
        "记者", "业内专家", "有关负责人", "相关部门", "不少企业", "广大消费者", "业内人士", "市场分析人士",
        "当地政府", "基层干部", "中小学校", "各大银行", "多家车企", "物流企业", "志愿者", "社区工作人员",
        "新能源汽车企业", "电商平台", "科研团队", "农业合作社", "出口企业", "地方财政", "高校毕业生", "外资企业",
    ];

    public static readonly string[] ZhSpeechVerbs =
    [
        "表示", "指出", "介绍", "认为", "强调", "透露", "坦言", "告诉记者", "在接受采访时说", "在发布会上表示",
    ];

    public static readonly string[] ZhVerbs =
    [
        "发布了", "召开了", "积极推进", "进一步加强", "全面落实", "专门部署", "正式出台", "着力推动", "持续优化", "稳步扩大",
        "加快建设", "深入开展", "明确提出", "重点支持", "统筹安排", "认真研究", "有效应对", "大力发展", "不断完善", "及时启动",
    ];

    public static readonly string[] ZhObjects =
    [
        "经济社会发展", "新能源汽车产业", "城乡居民收入", "基础设施建设", "公共服务水平", "生态环境保护", "科技创新能力",
        "房地产市场", "就业形势", "一季度经济数据", "消费市场", "农村人居环境", "义务教育质量", "医疗保障体系",
        "营商环境", "对外贸易", "数字经济", "交通运输网络", "粮食安全", "防汛抗旱工作", "安全生产大检查", "养老服务体系",
        "住房保障政策", "减税降费措施", "中小企业融资", "高标准农田建设", "城市更新行动", "文化旅游市场", "电力供应", "金融风险防控",
    ];

    public static readonly string[] ZhPredicates =
    [
        "取得了明显成效", "总体保持稳定", "呈现回升向好态势", "仍面临不少困难和挑战", "得到群众普遍认可", "迈出了坚实步伐",
        "还有较大提升空间", "正在有序推进", "实现了稳中有进", "受到社会各界广泛关注", "好于市场预期", "进入了新的阶段",
    ];

    public static readonly string[] ZhStats =
    [
        "同比增长5.2%", "环比下降1.3个百分点", "总额达到1200亿元", "累计超过300万人次", "同比增长12.8%", "比上年末提高0.6个百分点",
        "规模突破2万亿元", "惠及约85万户家庭", "平均每天接待游客4.6万人次", "较去年同期增加近三成", "完成全年目标的58%", "新增就业岗位1.7万个",
    ];

    public static readonly string[] ZhConnectors =
    [
        "同时", "此外", "据了解", "据介绍", "值得注意的是", "与此同时", "另一方面", "记者注意到", "数据显示", "业内普遍认为",
    ];

    public static readonly string[] ZhQuotes =
    [
        "我们将继续加大工作力度", "下一步还要抓好政策落实", "这项工作关系到千家万户", "群众的满意度是最重要的标准",
        "整体来看形势是好的", "关键在于把措施落到实处", "今年的任务依然十分繁重", "市场信心正在逐步恢复",
        "我们对全年目标充满信心", "必须坚持问题导向",
    ];

    public static readonly string[] ZhSurnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];

    public static readonly string[] ZhGivenNames = ["明", "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "超", "莹", "华", "平", "建国", "晓东", "海燕", "志强", "秀英"];

    public static readonly string[] ZhSources = ["新华社", "中国新闻网", "人民日报", "央视新闻", "经济日报", "北京日报", "澎湃新闻", "光明网", "新京报", "中国青年报"];

    public static readonly string[] ZhCities = ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "长沙", "郑州", "天津"];

    public static readonly string[] ZhChannels =
    [
        "首页", "新闻", "国内", "国际", "社会", "军事", "财经", "股票", "基金", "科技", "手机", "数码", "汽车", "房产", "家居",
        "体育", "NBA", "中超", "娱乐", "电影", "音乐", "时尚", "健康", "教育", "旅游", "读书", "文化", "视频", "图片", "博客",
        "论坛", "游戏", "彩票", "星座", "公益", "女性", "育儿", "美食", "专题", "直播",
    ];

    public static readonly string[] ZhTeaserTails =
    [
        "最新进展", "官方回应", "专家解读", "现场直击", "背后原因曝光", "全文发布", "你关心的都在这里", "一图读懂",
        "多地已经行动", "有哪些变化", "释放什么信号", "网友热议",
    ];

    public static readonly string[] ZhCommentBits =
    [
        "说得很好，支持", "希望能尽快落实到位", "这个政策对我们老百姓是实实在在的好处", "期待后续报道", "我们这里也是这样",
        "数据很详细，点赞", "什么时候能推广到全国", "小编辛苦了", "关注很久了，终于有消息了", "建议相关部门多听听群众意见",
    ];

    // ---- Vietnamese ----

    public static readonly string[] ViTimes =
    [
        "Sáng 25/12", "Chiều qua", "Trong năm 2012", "Theo kế hoạch", "Ngay sau khi nhận được tin báo", "Tối 24/12",
        "Từ đầu năm đến nay", "Trước đó", "Sáng nay", "Trong tuần tới", "Từ ngày 1/1/2013", "Cuối tuần qua",
    ];

    public static readonly string[] ViSubjects =
    [
        "Bộ Y tế", "UBND TP Hà Nội", "Sở Giao thông vận tải", "Công an quận Hoàn Kiếm", "Bộ Tài chính", "UBND TP.HCM",
        "Bộ Giáo dục và Đào tạo", "lực lượng chức năng", "người dân", "các doanh nghiệp", "Ban quản lý dự án", "Tổng cục Thống kê",
        "Sở Công Thương", "cơ quan điều tra", "nhà trường", "chính quyền địa phương", "Ngân hàng Nhà nước", "các chuyên gia",
    ];

    public static readonly string[] ViSpeechVerbs = ["cho biết", "khẳng định", "nhấn mạnh", "thông tin", "chia sẻ", "trao đổi với phóng viên Dân trí"];

    public static readonly string[] ViVerbs =
    [
        "đã triển khai", "yêu cầu", "tiến hành kiểm tra", "phát hiện", "đề xuất", "tổ chức", "hoàn thành", "đẩy mạnh",
        "tạm dừng", "phê duyệt", "công bố", "hỗ trợ", "xử lý nghiêm", "rà soát lại",
    ];

    public static readonly string[] ViObjects =
    [
        "kế hoạch phòng chống dịch", "dự án mở rộng đường vành đai", "giá xăng dầu", "tình hình giao thông dịp Tết",
        "chương trình hỗ trợ hộ nghèo", "phương án tuyển sinh năm 2013", "các cơ sở kinh doanh thực phẩm", "công tác giải phóng mặt bằng",
        "việc thu phí trông giữ xe", "hệ thống cấp nước sạch", "đợt cao điểm tấn công tội phạm", "các tuyến xe buýt mới",
        "quy hoạch khu đô thị", "thị trường bất động sản", "chính sách tiền lương", "công trình trường học",
    ];

    public static readonly string[] ViPredicates =
    [
        "đã mang lại kết quả tích cực", "vẫn còn nhiều khó khăn", "được dư luận đặc biệt quan tâm", "đang được khẩn trương thực hiện",
        "cơ bản đáp ứng yêu cầu", "cần tiếp tục được theo dõi", "đã vượt kế hoạch đề ra", "khiến nhiều người dân bức xúc",
    ];

    public static readonly string[] ViStats =
    [
        "tăng 12% so với cùng kỳ", "với tổng kinh phí hơn 200 tỷ đồng", "giúp hơn 3.000 hộ dân", "giảm 5,4% so với năm trước",
        "với khoảng 1.500 lượt xe mỗi ngày", "trong vòng 30 ngày", "đạt 95% kế hoạch năm", "thu hút gần 10.000 lượt khách",
    ];

    public static readonly string[] ViConnectors = ["Bên cạnh đó", "Ngoài ra", "Theo đó", "Đáng chú ý", "Tuy nhiên", "Cũng theo", "Trong khi đó", "Được biết"];

    public static readonly string[] ViQuotes =
    [
        "Chúng tôi sẽ xử lý dứt điểm trong thời gian sớm nhất", "Người dân hoàn toàn yên tâm", "Đây là nhiệm vụ trọng tâm của năm",
        "Mọi vi phạm đều phải được xử lý nghiêm", "Chúng tôi đã chuẩn bị kỹ phương án", "Cần sự vào cuộc của cả hệ thống chính trị",
    ];

    public static readonly string[] ViFamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];

    public static readonly string[] ViMiddleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc"];

    public static readonly string[] ViGivenNames = ["Hùng", "Lan", "Tuấn", "Hương", "Dũng", "Mai", "Nam", "Hà", "Sơn", "Linh", "Quang", "Thảo", "Khánh", "Phương"];

    public static readonly string[] ViChannels =
    [
        "Trang chủ", "Sự kiện", "Xã hội", "Thế giới", "Thể thao", "Giáo dục", "Tấm lòng nhân ái", "Kinh doanh", "Văn hóa",
        "Giải trí", "Pháp luật", "Nhịp sống trẻ", "Tình yêu - Giới tính", "Sức khỏe", "Sức mạnh số", "Ô tô - Xe máy", "Chuyện lạ", "Bạn đọc",
    ];

    public static readonly string[] ViTeaserTails =
    [
        "người dân đổ xô đi mua sắm", "hàng trăm hộ dân bị ảnh hưởng", "cơ quan chức năng vào cuộc", "nhiều trường học điều chỉnh lịch",
        "giá vàng tiếp tục biến động", "cảnh báo thủ đoạn lừa đảo mới", "đề xuất gây tranh cãi", "hoàn thành trước Tết",
    ];

    public static readonly string[] ViCommentBits =
    [
        "Bài viết rất hay, cảm ơn Dân trí", "Mong các cơ quan chức năng sớm vào cuộc", "Ở quê tôi cũng có tình trạng tương tự",
        "Cần xử lý thật nghiêm", "Thông tin rất hữu ích", "Hy vọng năm sau sẽ tốt hơn",
    ];
}
