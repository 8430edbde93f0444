"""pd-world-economy: a People's Daily international economy report of January 1998 on the Asian
financial crisis in Thailand, South Korea and Indonesia. Every figure is chosen here; rates and
changes are computed from them and rounded to the written digit. One planted error: the total of
the aid pledged to Thailand (172亿美元 written; its parts add to 162亿美元)."""
import sys
from decimal import Decimal as D, ROUND_HALF_UP
sys.path.insert(0, '/work/base/own33/w2/tools')
from gen import build, Audit, write, jnum, re

DOC = 'pd-world-economy'
OUT = '/work/base/own33/w2'


def r(x, nd=1):
    return str(D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def pct(a, b, nd=1): return r(D(a) / D(b) * 100, nd)
def gro(new, old, nd=1): return r((D(new) / D(old) - 1) * 100, nd)
def fall(new, old, nd=1): return r((1 - D(new) / D(old)) * 100, nd)


# ---- chosen figures (亿美元 unless said) ----
# Thailand
BAHT0, BAHT1 = '25.8', '53.4'                 # 泰铢 per dollar, before the crisis and on 9 January
TH_R96, TH_R97 = 387, 269                     # 外汇储备, year ends
TH_X96, TH_X97, TH_M96, TH_M97 = 555, 574, 723, 628
TH_LAB, TH_UNEMP = 3240, 110                  # 万
TH_AID_PARTS = {'IMF': 40, 'JP': 40, 'WB': 15, 'ADB': 12, 'OTH': 55}
TH_AID_WRITTEN = sum(TH_AID_PARTS.values()) + 10   # planted: 172 written, parts 162
# Korea
WON0, WON1 = '844', '1695'
KR_R96, KR_R97 = 294, 89
KR_D96, KR_D97, KR_SHORT = 1048, 1569, 686
KR_X96, KR_X97, KR_M96, KR_M97 = 1297, 1362, 1503, 1446
KR_GDP96, KR_GDP97, KR_REAL = 387, 421, '5.5'     # 万亿韩元 (nominal); real growth
KR_LAB, KR_U11, KR_U12 = 2120, D('47.6'), D('65.8')  # 万
KR_AID = {'IMF': 215, 'WB': 102, 'ADB': 41, 'JP': 97, 'US': 55, 'OTH': 73}
KR_PAID = 111
# Indonesia
RP0, RP1 = '2430', '10500'
ID_R96, ID_R97 = 193, 174
ID_X96, ID_X97 = 498, 534
ID_AID, ID_AID_PARTS = 430, {'IMF': 101, 'WB': 45, 'ADB': 35}
# Japan
JP_FUND, JP_DEP = 30, 17                        # 万亿日元

SRC = f"""人民日报 1998年1月14日 第6版
金融风暴冲击泰韩印尼经济
外汇储备锐减 失业人数上升
本报驻曼谷记者 周明远 本报驻汉城记者 高卫东 本报驻雅加达记者 许力平报道:去年7月在泰国爆发的金融危机,先是席卷东南亚,年底又波及东北亚。受冲击最重的泰国、韩国和印度尼西亚[[c 三国;受冲击最重;N3;pe=1997]]先后向国际货币基金组织求援。进入新年,这些国家的货币对美元的汇率仍在下跌,股市低迷,企业倒闭和失业人数不断增加,经济陷入多年未有的困境。
泰国:出口难以弥补失血
泰国是这场危机的发源地。去年7月2日泰国放弃泰铢与美元挂钩的汇率制度后,泰铢一路下滑,对美元的汇率已由危机前的{BAHT0}泰铢兑1美元跌至本月9日的{BAHT1}泰铢兑1美元,贬值[[p {fall(BAHT0, BAHT1)}%;泰铢;BAHT;pl=泰国,pe=1997-07/1998-01]]。泰国银行公布,泰国外汇储备由1996年底的[[m {TH_R96}亿美元;外汇储备;THR96;pl=泰国,pe=../1996-12]]降至去年底的[[m {TH_R97}亿美元;外汇储备;THR97;pl=泰国,pe=../1997-12]],减少[[m {TH_R96 - TH_R97}亿美元;外汇储备;THRd;pl=泰国,pe=1997]],下降[[p {fall(TH_R97, TH_R96)}%;外汇储备;THRg;pl=泰国,pe=1997]]。泰铢贬值虽然有利于出口,但企业普遍缺少资金,出口增长有限。去年泰国出口[[m {TH_X97}亿美元;出口;THX;pl=泰国,pe=1997]],比1996年的[[m {TH_X96}亿美元;出口;THX96;pl=泰国,pe=1996]]增长[[p {gro(TH_X97, TH_X96)}%;出口;THXg;pl=泰国,pe=1997]];进口[[m {TH_M97}亿美元;进口;THM;pl=泰国,pe=1997]],比1996年的[[m {TH_M96}亿美元;进口;THM96;pl=泰国,pe=1996]]下降[[p {fall(TH_M97, TH_M96)}%;进口;THMg;pl=泰国,pe=1997]];贸易逆差由[[m {TH_M96 - TH_X96}亿美元;贸易逆差;THB96;pl=泰国,pe=1996]]缩小到[[m {TH_M97 - TH_X97}亿美元;贸易逆差;THB97;pl=泰国,pe=1997]]。泰国劳工部估计,目前全国[[c {TH_LAB}万;劳动力;THL;pl=泰国,pe=1998-01,u=人]]劳动力中失业人数已达[[c {TH_UNEMP}万人;失业人数;THU;pl=泰国,pe=1998-01]],失业率为[[p {pct(TH_UNEMP, TH_LAB)}%;失业率;THUr;pl=泰国,pe=1998-01]],今年失业人数可能增至[[c 200万人;失业人数;THU98;pl=泰国,pe=1998]]。仅曼谷一地,去年下半年就有[[c 360多家;企业倒闭;BKK;pl=曼谷,pe=1997-07/1997-12]]企业倒闭,街头随处可见停工的高楼。为渡过难关,泰国政府已[[c 两次;削减本财政年度预算;THcutn;pl=泰国,pe=1998-01]]削减本财政年度预算,共压缩开支[[m 1820亿泰铢;压缩开支;THcut;pl=泰国,pe=1998-01]],并从去年8月起把增值税率由[[p 7%;增值税率;VAT0;pl=泰国,pe=null]]提高到[[p 10%;增值税率;VAT1;pl=泰国,pe=1997-08]]。去年8月,国际社会承诺向泰国提供援助[[m {TH_AID_WRITTEN}亿美元;援助;THA;pl=泰国,pe=1997-08]],其中国际货币基金组织[[m {TH_AID_PARTS['IMF']}亿美元;国际货币基金组织;THA1;pl=泰国,pe=1997-08]],日本[[m {TH_AID_PARTS['JP']}亿美元;日本;THA2;pl=泰国,pe=1997-08]],世界银行[[m {TH_AID_PARTS['WB']}亿美元;世界银行;THA3;pl=泰国,pe=1997-08]],亚洲开发银行[[m {TH_AID_PARTS['ADB']}亿美元;亚洲开发银行;THA4;pl=泰国,pe=1997-08]],中国、澳大利亚等国共[[m {TH_AID_PARTS['OTH']}亿美元;中国、澳大利亚等国;THA5;pl=泰国,pe=1997-08]]。
韩国:外债压力沉重
韩元对美元的汇率由去年年初的{WON0}韩元兑1美元跌至年底的{WON1}韩元兑1美元,贬值[[p {fall(WON0, WON1)}%;韩元;WON;pl=韩国,pe=1997]]。汉城股市综合指数去年全年下跌[[p 42.2%;综合指数;SEL;pl=汉城,pe=1997]]。韩国银行的资料显示,韩国可动用的外汇储备去年底只有[[m {KR_R97}亿美元;外汇储备;KRR97;pl=韩国,pe=../1997-12]],比1996年底的[[m {KR_R96}亿美元;外汇储备;KRR96;pl=韩国,pe=../1996-12]]减少[[p {fall(KR_R97, KR_R96)}%;外汇储备;KRRg;pl=韩国,pe=1997]];外债总额则由1996年底的[[m {KR_D96}亿美元;外债总额;KRD96;pl=韩国,pe=../1996-12]]增至[[m {KR_D97}亿美元;外债总额;KRD97;pl=韩国,pe=../1997-12]],增长[[p {gro(KR_D97, KR_D96)}%;外债总额;KRDg;pl=韩国,pe=1997]],其中一年内到期的短期外债[[m {KR_SHORT}亿美元;短期外债;KRS;pl=韩国,pe=../1997-12]],占[[p {pct(KR_SHORT, KR_D97)}%;短期外债;KRSs;pl=韩国,pe=../1997-12]]。去年韩国出口[[m {KR_X97}亿美元;出口;KRX;pl=韩国,pe=1997]],比1996年的[[m {KR_X96}亿美元;出口;KRX96;pl=韩国,pe=1996]]增长[[p {gro(KR_X97, KR_X96)}%;出口;KRXg;pl=韩国,pe=1997]];进口[[m {KR_M97}亿美元;进口;KRM;pl=韩国,pe=1997]],下降[[p {fall(KR_M97, KR_M96)}%;进口;KRMg;pl=韩国,pe=1997]];贸易逆差由1996年的[[m {KR_M96 - KR_X96}亿美元;贸易逆差;KRB96;pl=韩国,pe=1996]]减少到[[m {KR_M97 - KR_X97}亿美元;贸易逆差;KRB97;pl=韩国,pe=1997]]。去年韩国国内生产总值为[[m {KR_GDP97}万亿韩元;国内生产总值;KRG;pl=韩国,pe=1997]],1996年为[[m {KR_GDP96}万亿韩元;国内生产总值;KRG96;pl=韩国,pe=1996]],按不变价格计算实际增长[[p {KR_REAL}%;国内生产总值;KRGg;pl=韩国,pe=1997]]。韩国统计厅公布,在[[c {KR_LAB}万;经济活动人口;KRL;pl=韩国,pe=1997-12,u=人]]经济活动人口中,去年12月失业人数为[[c {KR_U12}万人;失业人数;KRU;pl=韩国,pe=1997-12]],比11月的[[c {KR_U11}万人;失业人数;KRU11;pl=韩国,pe=1997-11]]增加[[c {KR_U12 - KR_U11}万人;失业人数;KRUd;pl=韩国,pe=1997-12]],失业率为[[p {pct(KR_U12, KR_LAB)}%;失业率;KRUr;pl=韩国,pe=1997-12]]。这个前年人均国民收入刚刚超过[[m 1万美元;人均国民收入;KRgni;pl=韩国,pe=1996,q=over]]的国家,如今不得不靠借债度日,许多韩国民众自发捐出家中的金银首饰,帮助国家渡过难关。韩国劳动部预计,今年失业人数将突破[[c 100万人;失业人数;KRU98;pl=韩国,pe=1998,q=over]]。去年12月,韩国政府责令瑞星、永昌、仁和、世兴、昌德[[c 5家;商人银行;KR5;pl=韩国,pe=1997-12]]商人银行停业,并向困难金融机构注资[[m 8.2万亿韩元;注资;KRinj;pl=韩国,pe=1997-12]]。同月,以国际货币基金组织为首的对韩援助总额达[[m {sum(KR_AID.values())}亿美元;援助;KRA;pl=韩国,pe=1997-12]],其中基金组织提供[[m {KR_AID['IMF']}亿美元;基金组织;KRA1;pl=韩国,pe=1997-12]],占[[p {pct(KR_AID['IMF'], sum(KR_AID.values()))}%;基金组织;KRA1s;pl=韩国,pe=1997-12]],世界银行[[m {KR_AID['WB']}亿美元;世界银行;KRA2;pl=韩国,pe=1997-12]],亚洲开发银行[[m {KR_AID['ADB']}亿美元;亚洲开发银行;KRA3;pl=韩国,pe=1997-12]],日本、美国分别提供[[m {KR_AID['JP']}亿美元;日本;KRA4;pl=韩国,pe=1997-12]]和[[m {KR_AID['US']}亿美元;美国;KRA5;pl=韩国,pe=1997-12]],其余[[m {KR_AID['OTH']}亿美元;欧洲等国家和地区;KRA6;pl=韩国,pe=1997-12]]由欧洲等国家和地区提供。目前基金组织已拨付[[m {KR_PAID}亿美元;拨付;KRpaid;pl=韩国,pe=1998-01]]。
印尼:货币跌幅最深
印尼盾对美元的汇率由去年7月初的{RP0}盾兑1美元跌至本月8日的{RP1}盾兑1美元,贬值[[p {fall(RP0, RP1)}%;印尼盾;RP;pl=印度尼西亚,pe=1997-07/1998-01]],是这次危机中贬值最多的货币。雅加达股市综合指数去年下跌[[p 37.0%;综合指数;JKT;pl=雅加达,pe=1997]]。印尼外汇储备由1996年底的[[m {ID_R96}亿美元;外汇储备;IDR96;pl=印度尼西亚,pe=../1996-12]]降至去年底的[[m {ID_R97}亿美元;外汇储备;IDR97;pl=印度尼西亚,pe=../1997-12]],下降[[p {fall(ID_R97, ID_R96)}%;外汇储备;IDRg;pl=印度尼西亚,pe=1997]]。去年印尼出口[[m {ID_X97}亿美元;出口;IDX;pl=印度尼西亚,pe=1997]],比1996年的[[m {ID_X96}亿美元;出口;IDX96;pl=印度尼西亚,pe=1996]]增长[[p {gro(ID_X97, ID_X96)}%;出口;IDXg;pl=印度尼西亚,pe=1997]]。去年11月,印尼政府一次关闭了[[c 16家;私营银行;ID16;pl=印度尼西亚,pe=1997-11]]资不抵债的私营银行,一度引起储户挤兑。印尼政府已宣布推迟一批大型建设项目,以减轻财政压力。由于进口商品价格猛涨,雅加达等城市出现了抢购食品的现象。去年10月底,国际社会承诺向印尼提供援助[[m {ID_AID}亿美元;援助;IDA;pl=印度尼西亚,pe=1997-10]],其中基金组织[[m {ID_AID_PARTS['IMF']}亿美元;基金组织;IDA1;pl=印度尼西亚,pe=1997-10]],世界银行[[m {ID_AID_PARTS['WB']}亿美元;世界银行;IDA2;pl=印度尼西亚,pe=1997-10]],亚洲开发银行[[m {ID_AID_PARTS['ADB']}亿美元;亚洲开发银行;IDA3;pl=印度尼西亚,pe=1997-10]],其余由日本、新加坡、美国等国提供。
危机也冲击了日本。去年日本对东南亚的出口约占其出口总额的[[p 四成;对东南亚的出口;JPx;pl=日本,pe=1997,v=40,u=%,q=about]],危机使日本企业的订单大量减少,日本的银行在这一地区的巨额贷款也难以收回。日本政府本月宣布,将动用[[m {JP_FUND}万亿日元;公共资金;JPF;pl=日本,pe=1998-01]]公共资金稳定金融体系,其中[[m {JP_DEP}万亿日元;保护存款人利益;JPF1;pl=日本,pe=1998-01]]用于保护存款人利益,[[m {JP_FUND - JP_DEP}万亿日元;充实银行资本;JPF2;pl=日本,pe=1998-01]]用于充实银行资本。国际货币基金组织预测,今年世界经济增长率将由去年的[[p 4.1%;世界经济增长率;W97;pl=null,pe=1997]]降至[[p 3.5%;世界经济增长率;W98;pl=null,pe=1998]]。分析人士认为,这场危机暴露了有关国家经济中的深层问题:过分依赖外资,短期外债比重过大,金融监管薄弱,房地产和股市泡沫严重。这些国家能否尽快走出困境,关键在于改革措施能否真正落实。
"""

text, facts, I = build(DOC, SRC, None, None)
flat = re.sub(r'\s', '', text)
A = Audit(DOC, I, flat); V = A.V
FW = str.maketrans('0123456789.', '０１２３４５６７８９．')
fx = lambda a, cur: f'{a}{cur}兑1美元'
A.rate_of_fx('BAHT', fx(BAHT0, '泰铢'), fx(BAHT1, '泰铢'), BAHT0, BAHT1, "泰铢的美元价值:25.8 ÷ 53.4 − 1 = {e}%(汇率不是金额,只作计算依据)。")
A.diff('THRd', 'THR97', 'THR96', "269 − 387 = {e}美元。", fall=True)
A.growth('THRg', 'THR97', 'THR96', "269 ÷ 387 − 1 = {e}%。", fall=True)
A.growth('THXg', 'THX', 'THX96', "574 ÷ 555 − 1 = {e}%。")
A.growth('THMg', 'THM', 'THM96', "628 ÷ 723 − 1 = {e}%。", fall=True)
A.sum('THB96', ['THM96', 'THX96'], "1996 年进口 723 − 出口 555 = {e}美元,与逆差 168 亿美元相符。", signs=[1, -1])
A.sum('THB97', ['THM', 'THX'], "去年进口 628 − 出口 574 = {e}美元,与逆差 54 亿美元相符。", signs=[1, -1])
A.rate('THUr', 'THU', 'THL', "110 万 ÷ 3240 万 = {e}%。")
A.sum('THA', ['THA1', 'THA2', 'THA3', 'THA4', 'THA5'], "40 + 40 + 15 + 12 + 55 = {e}美元,报道写援助总额 172 亿美元,差 10 亿美元,超出舍入范围:植入的不一致。", want='inconsistent')
A.enumeration('N3', ['泰国', '韩国', '印度尼西亚'], "所称三国,")
A.rate_of_fx('WON', fx(WON0, '韩元'), fx(WON1, '韩元'), WON0, WON1, "韩元的美元价值:844 ÷ 1695 − 1 = {e}%(汇率不是金额,只作计算依据)。")
A.growth('KRRg', 'KRR97', 'KRR96', "89 ÷ 294 − 1 = {e}%。", fall=True)
A.growth('KRDg', 'KRD97', 'KRD96', "1569 ÷ 1048 − 1 = {e}%。")
A.part_of('KRD97', 'KRS', "短期外债 {o}美元在外债总额 1569 亿美元之内。")
A.rate('KRSs', 'KRS', 'KRD97', "686 ÷ 1569 = {e}%。")
A.growth('KRXg', 'KRX', 'KRX96', "1362 ÷ 1297 − 1 = {e}%。")
m96 = V('KRX96') + V('KRB96')
e = (V('KRM') / m96 - 1) * 100
lo = ((V('KRM') - A.H('KRM')) / (m96 + A.H('KRX96') + A.H('KRB96')) - 1) * 100
hi = ((V('KRM') + A.H('KRM')) / (m96 - A.H('KRX96') - A.H('KRB96')) - 1) * 100
o = -V('KRMg')
A.add('growth', ['KRMg', 'KRM', 'KRX96', 'KRB96'], jnum(round(e, 4)), jnum(o),
      'consistent' if A.meets(lo, hi, o - A.H('KRMg'), o + A.H('KRMg')) else 'inconsistent',
      f"1996 年进口 = 出口 1297 + 逆差 206 = 1503 亿美元;1446 ÷ 1503 − 1 = {jnum(round(e, 4))}%。", 'consistent')
A.sum('KRB97', ['KRM', 'KRX'], "去年进口 1446 − 出口 1362 = {e}美元,与逆差 84 亿美元相符。", signs=[1, -1])
A.unver('growth', ['KRGg', 'KRG', 'KRG96'], "按不变价格计算的实际增长 5.5%:现价 421 ÷ 387 − 1 = 8.79%,价格因素未给出,无法核对。")
A.diff('KRUd', 'KRU', 'KRU11', "65.8 万 − 47.6 万 = {e}人。")
A.rate('KRUr', 'KRU', 'KRL', "65.8 万 ÷ 2120 万 = {e}%。")
A.enumeration('KR5', ['瑞星', '永昌', '仁和', '世兴', '昌德'], "所称 5 家商人银行,")
A.sum('KRA', ['KRA1', 'KRA2', 'KRA3', 'KRA4', 'KRA5', 'KRA6'], "215 + 102 + 41 + 97 + 55 + 73 = {e}美元,与援助总额 583 亿美元相符。")
A.rate('KRA1s', 'KRA1', 'KRA', "215 ÷ 583 = {e}%。")
A.part_of('KRA1', 'KRpaid', "已拨付 {o}美元在基金组织承诺的 215 亿美元之内。")
A.rate_of_fx('RP', fx(RP0, '盾'), fx(RP1, '盾'), RP0, RP1, "印尼盾的美元价值:2430 ÷ 10500 − 1 = {e}%(汇率不是金额,只作计算依据)。")
A.growth('IDRg', 'IDR97', 'IDR96', "174 ÷ 193 − 1 = {e}%。", fall=True)
A.growth('IDXg', 'IDX', 'IDX96', "534 ÷ 498 − 1 = {e}%。")
A.part_of('IDA', ['IDA1', 'IDA2', 'IDA3'], "基金组织、世界银行、亚洲开发银行合计 {o}美元,在援助总额 430 亿美元之内(其余由日本等国提供)。")
A.sum('JPF', ['JPF1', 'JPF2'], "17 万亿 + 13 万亿 = {e}日元,与公共资金 30 万亿日元相符。")
A.bound('RP', ['BAHT', 'WON'], max(V('BAHT'), V('WON')), None, V('RP'), "“贬值最多的货币”:印尼盾 76.9% 不低于泰铢 51.7%、韩元 50.2%。")
write(OUT, DOC, text, facts, A)
