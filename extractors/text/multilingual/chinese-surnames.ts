/**
 * Common Chinese surnames. The single-character list is the usual top-150
 * minus characters that are far more often function words than surnames
 * (和 "and", 于 "at", 向 "towards", 时 "time", 成 "become", 应 "should"…):
 * with them "位于深圳" or "李明和王芳" would grow false names. 习 is rare as a
 * surname but frequent in news.
 */
export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(
  [
    ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤康施文牛樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤穆卓古吉缪简项麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝习',
  ],
);

/** Two-character surnames, tried before the single ones so "欧阳" is not read as "欧". */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕',
  '令狐', '端木', '独孤', '南宫', '西门', '百里', '呼延', '东郭', '闻人', '万俟', '澹台', '公冶', '太史', '申屠', '赫连', '钟离',
]);
