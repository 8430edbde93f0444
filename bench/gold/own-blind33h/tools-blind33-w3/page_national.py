"""national-report-1990s: a national 政府工作报告 in the style of the mid-1990s (delivered March 1996; reviews 1995
and the 八五 plan 1991-1995, sets 1996 targets and the 九五 goals to 2000). Full-width digits, years in Chinese
numerals, 百分之 mixed in. Every number is chosen here; totals, shares and growths are computed from the chosen
levels and rounded to the written digit. Planted inconsistency: the growth of 城乡居民储蓄存款 is written two
points too high against its stated increase and year-end balance."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from decimal import Decimal as D, ROUND_HALF_UP
from gen import build, finish, Audit, write, to_cn

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = 'national-report-1990s'


def r(x, nd=1):
    return D(str(x)).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


# ---- 1995 (亿元 / 亿美元 / 元)
p1, p2, p3 = D(11365), D(28674), D(17611)
gdp = p1 + p2 + p3                                  # 57650
rev, rev94, exp = D(6235), D(5218), D(6812)
revg = r((rev / rev94 - 1) * 100)
deficit = exp - rev                                 # 577
inv = D(20019)
ex, im = D(1488), D(1320)
trade = ex + im; surplus = ex - im                  # 2808, 168
fdic, fdia = D(913), D(375)
rpi, rpi94 = D('14.8'), D('21.7'); rpid = rpi94 - rpi
rinc, rinc94 = 1578, 1221; rincd = rinc - rinc94
sav, savd = D(29662), D(8143)
savg_true = r(savd / (sav - savd) * 100)            # 37.8
savg_written = savg_true + 2                        # planted: 39.8
mec, mecd = 100, 57
soe, soel = D('8.7'), D('3.0'); soelr = r(soel / soe * 100)
# ---- 八五
gdp90 = D(18548)
inv5, trade5, fdi5, fdi5d = D(63800), D(10210), D(1645), D(1118)
pov90, pov95 = 8500, 6500; povd = pov90 - pov95; povr = r(D(povd) / pov90 * 100)
# ---- 1996 plan
t_inv = D(22920); t_invg = r((t_inv / inv - 1) * 100)
t_rev, t_exp = D(6970), D(7658); t_revg = r((t_rev / rev - 1) * 100); t_def = t_exp - t_rev

V = dict(gdp=gdp, p1=p1, p2=p2, p3=p3, rev=rev, rev94=rev94, revg=revg, exp=exp, deficit=deficit, inv=inv,
         ex=ex, im=im, trade=trade, surplus=surplus, fdic=fdic, fdia=fdia, rpi=rpi, rpi94=rpi94, rpid=rpid,
         rinc=rinc, rinc94=rinc94, rincd=rincd, sav=sav, savd=savd, savg=savg_written, mec=mec, mecd=mecd,
         soe=soe, soel=soel, soelr_cn=to_cn(soelr), gdp90=gdp90, inv5=inv5, trade5=trade5, fdi5=fdi5, fdi5d=fdi5d,
         pov90=pov90, pov95=pov95, povd=povd, povr=povr, t_inv=t_inv, t_invg_cn=to_cn(t_invg), t_rev=t_rev,
         t_revg=t_revg, t_exp=t_exp, t_def=t_def, rincg_cn=to_cn('5.3'), gdp5_cn=to_cn('11.8'), tve_cn=to_cn('23.4'))

SRC = """政府工作报告
——一九九六年三月五日在第八届全国人民代表大会第四次会议上

各位代表：
　　我受国务院委托，向大会报告一九九五年和“八五”期间的政府工作，并就今年的工作和“九五”奋斗目标提出建议，请各位代表审议，请全国政协委员提出意见。

一、一九九五年和“八五”期间的回顾
　　一九九五年，国民经济在抑制通货膨胀的过程中继续保持较快增长。国内生产总值达到[[m {gdp}亿元;国内生产总值;gdp]]，按可比价格计算，比上年增长[[p 10.2%;国内生产总值;gdpg]]。其中，第一产业增加值[[m {p1}亿元;第一产业增加值;p1]]，增长[[p 5.0%;第一产业增加值;p1g]]；第二产业增加值[[m {p2}亿元;第二产业增加值;p2]]，增长[[p 13.6%;第二产业增加值;p2g]]；第三产业增加值[[m {p3}亿元;第三产业增加值;p3]]，增长[[p 8.4%;第三产业增加值;p3g]]。农业获得较好收成，粮食总产量达到四千六百六十二亿公斤，比上年增长[[p 4.8%;粮食总产量;grain]]，棉花、油料和糖料也都有不同程度的增产。工业增速适度回落，全部工业增加值增长[[p 13.9%;全部工业增加值;ind]]，其中乡镇工业增长[[p 百分之{tve_cn};乡镇工业;tve]]。
　　财政状况有所好转。全国财政收入[[m {rev}亿元;全国财政收入;rev]]，不包括债务收入，比上年的[[m {rev94}亿元;全国财政收入;rev94;pe=1994]]增长[[p {revg}%;全国财政收入;revg]]；财政支出[[m {exp}亿元;财政支出;exp]]，收支相抵，赤字[[m {deficit}亿元;赤字;def]]。全社会固定资产投资[[m {inv}亿元;全社会固定资产投资;inv]]，增长[[p 17.5%;全社会固定资产投资;invg]]。
　　对外经济贸易继续发展。进出口总额[[m {trade}亿美元;进出口总额;trade]]，比上年增长[[p 18.6%;进出口总额;tradeg]]，其中出口[[m {ex}亿美元;出口;ex]]，增长[[p 23.0%;出口;exg]]，进口[[m {im}亿美元;进口;im]]，增长[[p 14.2%;进口;img]]，进出口相抵，顺差[[m {surplus}亿美元;顺差;sur]]。全年批准外商直接投资项目[[c 3.7万个;外商直接投资项目;fdin]]，合同金额[[m {fdic}亿美元;合同金额;fdic]]，实际使用[[m {fdia}亿美元;实际使用;fdia]]。年末国家外汇储备[[m 736亿美元;国家外汇储备;fx;pe=../1995-12]]，人民币汇率保持稳定。
　　金融运行总体平稳。年末广义货币（Ｍ2）余额[[m 60751亿元;广义货币;m2;pe=../1995-12]]，比上年末增长[[p 29.5%;广义货币;m2g]]；狭义货币（Ｍ1）增长[[p 16.8%;狭义货币;m1g]]，流通中现金（Ｍ0）增长[[p 8.2%;流通中现金;m0g]]，货币发行得到控制。
　　通货膨胀初步得到遏制。全国商品零售价格总水平上涨[[p {rpi}%;商品零售价格总水平;rpi]]，比上年的[[p {rpi94}%;商品零售价格总水平;rpi94;pe=1994]]回落[[p {rpid}个百分点;商品零售价格总水平;rpid]]，实现了年初确定的控制在[[p 15%;商品零售价格总水平;rpit]]左右的目标。
　　人民生活水平有新的提高。城镇居民人均生活费收入[[m 4283元;城镇居民人均生活费收入;uinc]]，扣除物价因素，实际增长[[p 4.9%;城镇居民人均生活费收入;uincg]]；农民人均纯收入[[m {rinc}元;农民人均纯收入;rinc]]，比上年的[[m {rinc94}元;农民人均纯收入;rinc94;pe=1994]]增加[[m {rincd}元;农民人均纯收入;rincd]]，实际增长[[p 百分之{rincg_cn};农民人均纯收入;rincg]]。年末城乡居民储蓄存款余额[[m {sav}亿元;城乡居民储蓄存款余额;sav;pe=../1995-12]]，比年初增加[[m {savd}亿元;城乡居民储蓄存款余额;savd]]，增长[[p {savg}%;城乡居民储蓄存款余额;savg]]。城镇新增就业[[c 720万人;城镇新增就业;job]]，城镇登记失业率[[p 2.9%;城镇登记失业率;unemp]]。
　　国有企业改革逐步深入。国务院选定的[[c {mec}户;现代企业制度试点;mec]]现代企业制度试点企业，已有[[c {mecd}户;完成改制方案;mecd]]完成改制方案；优化资本结构试点城市扩大到[[c 18个;优化资本结构试点城市;city]]。全国国有工业企业[[c {soe}万户;国有工业企业;soe]]，其中亏损企业[[c {soel}万户;亏损企业;soel]]，亏损面达到[[p 百分之{soelr_cn};亏损面;soelr]]，扭亏增盈任务仍很艰巨。
　　科技、教育事业继续发展。普通高等学校招生[[c 92.6万人;普通高等学校招生;hei]]，在校学生[[c 290.6万人;在校学生;hes]]；国家财政用于教育的支出[[m 1411亿元;教育的支出;edu]]，比上年增长[[p 18.4%;教育的支出;edug]]。
　　“八五”计划规定的主要指标已经全面完成。国内生产总值由一九九〇年的[[m {gdp90}亿元;国内生产总值;gdp90;pe=1990]]增加到[[m {gdp}亿元;国内生产总值;gdpb]]，按可比价格计算，年均增长[[p 百分之{gdp5_cn};国内生产总值;gdp5;pe=1991/1995]]，大大高于计划规定的年均[[p 6%;国内生产总值;gdp5plan;pe=1991/1995]]。五年全社会固定资产投资累计[[m {inv5}亿元;全社会固定资产投资;inv5;pe=1991/1995]]，建成投产大中型项目[[c 845个;大中型项目;bp;pe=1991/1995]]、限额以上技术改造项目[[c 2120个;限额以上技术改造项目;tp;pe=1991/1995]]，新增发电装机容量七千五百万千瓦，新建铁路正线五千八百公里。五年进出口总额累计[[m {trade5}亿美元;进出口总额;trade5;pe=1991/1995]]，实际利用外资[[m {fdi5}亿美元;实际利用外资;fdi5;pe=1991/1995]]，其中外商直接投资[[m {fdi5d}亿美元;外商直接投资;fdi5d;pe=1991/1995]]。农村贫困人口由[[c {pov90}万人;农村贫困人口;pov90;pe=1990]]减少到[[c {pov95}万人;农村贫困人口;pov95]]，减少[[c {povd}万人;农村贫困人口;povd;pe=1991/1995]]，下降[[p {povr}%;农村贫困人口;povr;pe=1991/1995]]。
　　我们也要清醒地看到，前进中还有不少困难：农业基础仍然薄弱，部分国有企业生产经营困难，物价涨幅依然偏高，一些地方铺张浪费、弄虚作假的风气还没有刹住。对这些问题，必须高度重视，下大力气逐步解决。

二、一九九六年的任务和“九五”奋斗目标
　　今年宏观调控的主要目标是：国内生产总值增长[[p 8%;国内生产总值;t_gdp;pe=1996]]左右，商品零售价格涨幅控制在[[p 10%;商品零售价格;t_rpi;pe=1996]]左右。全社会固定资产投资安排[[m {t_inv}亿元;全社会固定资产投资;t_inv;pe=1996]]，比上年增长[[p 百分之{t_invg_cn};全社会固定资产投资;t_invg;pe=1996]]。国家预算安排财政收入[[m {t_rev}亿元;财政收入;t_rev;pe=1996]]，比上年增长[[p {t_revg}%;财政收入;t_revg;pe=1996]]，财政支出[[m {t_exp}亿元;财政支出;t_exp;pe=1996]]，赤字[[m {t_def}亿元;赤字;t_def;pe=1996]]。城镇新增就业[[c 700万人;城镇新增就业;t_job;pe=1996]]左右，城镇登记失业率控制在[[p 3%;城镇登记失业率;t_unemp;pe=1996]]左右。今年要着重抓好[[c 四个;方面;four;pe=1996]]方面的工作：加强农业，搞好国有企业，抑制通货膨胀，扩大就业。
　　“九五”时期的主要奋斗目标是：国民生产总值年均增长[[p 8%;国民生产总值;n_gnp;pe=1996/2000]]左右，城乡居民人均收入扣除物价因素年均增长[[p 5%;城乡居民人均收入;n_inc;pe=1996/2000]]左右；全社会固定资产投资五年累计[[m 13万亿元;全社会固定资产投资;n_inv;pe=1996/2000]]左右；到二〇〇〇年，全国人口控制在[[c 13亿人;全国人口;n_pop;pe=2000]]以内，城镇登记失业率控制在[[p 4%;城镇登记失业率;n_unemp;pe=2000]]左右，基本解决[[c {pov95}万;农村贫困人口;n_pov;pe=2000,u=人]]农村贫困人口的温饱问题。实现这些目标，关键在于推进[[c 两个;根本性转变;two;pe=1996/2000]]根本性转变：一是经济体制从计划经济体制转向社会主义市场经济体制，二是经济增长方式从粗放型转向集约型。
　　各位代表，完成今年和“九五”时期的任务，责任重大。全国各族人民要在党中央领导下，同心同德，艰苦奋斗，为把一个繁荣富强的中国带入二十一世纪而努力奋斗！
"""

src = SRC.format(**V).replace('\n　　', '\n\n　　')
chars, facts, I = build(DOC, src, '中国', '1995', digits='fw')
text, flat = finish(chars, facts)

A = Audit(DOC, I)
Y = D(10) ** 8
A.sum('gdp', ['p1', 'p2', 'p3'], f"三次产业增加值 {p1} + {p2} + {p3} = {{e}} 亿元，等于国内生产总值 {{o}} 亿元。", disp=Y)
A.unver('growth', ['gdpg', 'gdp'], "国内生产总值比上年增长 10.2% 为可比价格增速，上年总量未给出，无法核对。")
A.growth('revg', 'rev', 'rev94', f"{rev} ÷ {rev94} − 1 = {{e}}%，所称 {{o}}%。")
A.sum('def', ['exp', 'rev'], f"财政支出 {exp} − 财政收入 {rev} = {{e}} 亿元，等于所称赤字 {{o}} 亿元。", signs='+-', disp=Y)
A.sum('trade', ['ex', 'im'], f"出口 {ex} + 进口 {im} = {{e}} 亿美元，等于进出口总额 {{o}} 亿美元。", disp=Y)
A.sum('sur', ['ex', 'im'], f"出口 {ex} − 进口 {im} = {{e}} 亿美元，等于所称顺差 {{o}} 亿美元。", signs='+-', disp=Y)
A.bound('fdic', 'fdia', f"实际使用外商直接投资 {fdia} 亿美元不超过当年合同金额 {fdic} 亿美元（口径不同，只作上界）。", kind='max')
A.diff('rpid', 'rpi', 'rpi94', f"{rpi} − {rpi94} = {{e}} 个百分点；所称回落 6.9 个百分点，记作 {{o}}。", neg=True)
A.bound('rpit', 'rpi', f"商品零售价格上涨 {rpi}% 不超过“控制在 15% 左右”的目标，与“实现了目标”相符。", kind='max')
A.diff('rincd', 'rinc', 'rinc94', f"{rinc} − {rinc94} = {{e}} 元，所称增加 {{o}} 元。")
A.unver('growth', ['rincg', 'rinc', 'rinc94'], f"实际增长百分之五点三已扣除物价因素；按现价 {rinc94}→{rinc} 元名义增长 {(D(rinc) / rinc94 - 1) * 100:.2f}%，价格指数未给出，无法核对。")
A.inc('savg', 'savd', 'sav', f"年初余额 {sav} − {savd} = {sav - savd} 亿元；{savd} ÷ {sav - savd} = {{e}}%，所称 {{o}}%，相差约 2 个百分点，远超舍入误差：植入的不一致。", want='inconsistent')
A.part_of('mec', 'mecd', f"已完成改制方案的 {mecd} 户在 {mec} 户试点企业之内。")
A.part_of('soe', 'soel', f"亏损企业 {soel} 万户在国有工业企业 {soe} 万户之内。")
A.rate('soelr', 'soel', 'soe', f"亏损企业 {soel} ÷ 国有工业企业 {soe} 万户 = {{e}}%，所称百分之{to_cn(soelr)}。")
A.unver('growth', ['gdp5', 'gdpb', 'gdp90'], f"“八五”年均增长百分之十一点八为可比价格增速；按现价 {gdp90}→{gdp} 亿元五年年均约 {((gdp / gdp90) ** (D(1) / 5) - 1) * 100:.2f}%，口径不同，无法核对。")
A.bound('gdp5plan', 'gdp5', "实际年均增长百分之十一点八高于计划规定的年均 6%，与“大大高于”相符。")
A.part_of('inv5', 'inv', f"一九九五年全社会固定资产投资 {inv} 亿元在“八五”五年累计 {inv5} 亿元之内。")
A.part_of('trade5', 'trade', f"一九九五年进出口总额 {trade} 亿美元在五年累计 {trade5} 亿美元之内。")
A.part_of('fdi5', 'fdi5d', f"外商直接投资 {fdi5d} 亿美元在五年实际利用外资 {fdi5} 亿美元之内。")
A.part_of('fdi5d', 'fdia', f"一九九五年实际使用外商直接投资 {fdia} 亿美元在五年累计 {fdi5d} 亿美元之内。")
A.diff('povd', 'pov95', 'pov90', f"{pov95} − {pov90} = {{e}} 万人；所称减少 {povd} 万人，记作 {{o}} 万人。", disp=10000, neg=True)
A.growth('povr', 'pov95', 'pov90', f"{pov95} ÷ {pov90} − 1 = {{e}}%；所称下降 {povr}%，记作 {{o}}%。", neg=True)
A.growth('t_invg', 't_inv', 'inv', f"一九九六年安排 {t_inv} ÷ 一九九五年 {inv} − 1 = {{e}}%，所称百分之{to_cn(t_invg)}。")
A.growth('t_revg', 't_rev', 'rev', f"一九九六年预算 {t_rev} ÷ 一九九五年 {rev} − 1 = {{e}}%，所称 {{o}}%。")
A.sum('t_def', ['t_exp', 't_rev'], f"预算支出 {t_exp} − 预算收入 {t_rev} = {{e}} 亿元，等于所称赤字 {{o}} 亿元。", signs='+-', disp=Y)
A.enumeration('four', ['加强农业', '搞好国有企业', '抑制通货膨胀', '扩大就业'], "列出{items}，共 {e} 个方面，所称四个。")
A.enumeration('two', ['经济体制从计划经济体制转向社会主义市场经济体制', '经济增长方式从粗放型转向集约型'], "“一是……二是……”列出 {e} 个转变，所称两个。")
write(OUT, DOC, text, facts, A)
