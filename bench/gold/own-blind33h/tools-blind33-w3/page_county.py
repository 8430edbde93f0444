"""county-report-pdf: a 2026 county government work report (广西壮族自治区 桂林市 阳朔县), as text pulled
out of a PDF. Every number is chosen here; shares, rates and growths are computed from the chosen levels and
rounded to the written digit. Planted inconsistency: 第二产业增加值 is written 1.00亿元 too high, so the three
industries no longer add up to 地区生产总值."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from decimal import Decimal as D, ROUND_HALF_UP
from gen import build, finish, layout_pdf, Audit, write

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = 'county-report-pdf'


def r(x, nd=1):
    return D(str(x)).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP) if nd else D(str(x)).quantize(D(1), rounding=ROUND_HALF_UP)


# ---- 2025 levels (亿元 unless said)
gdp, p1, p3 = D('186.42'), D('41.36'), D('116.31')
p2_true = gdp - p1 - p3                      # 28.75
p2_written = p2_true + D('1.00')             # planted: 29.75
p3sh = r(p3 / gdp * 100)
rev, rev24 = D('9.86'), D('9.35')
revd = rev - rev24; revg = r(revd / rev24 * 100)
tax = D('6.52'); taxsh = r(tax / rev * 100)
exp, ms = D('31.48'), D('25.67'); mssh = r(ms / exp * 100)
rinc, rinc24 = 23867, 22431
rincd = rinc - rinc24; rincg = r(D(rincd) / rinc24 * 100)
dep, depd = D('312.6'), D('21.4'); depg = r(depd / (dep - depd) * 100)
kpnew, kpcont = 58, 68; kp = kpnew + kpcont; kpdone = 41
kptgt, kpact = D('46.5'), D('48.62'); kpful = r(kpact / kptgt * 100)
tour, tc = D('2368.5'), D('286.4')            # 万人次, 亿元
tcav = r(tc * 10000 / tour, 0)               # 元
xp = D('486.2'); xpsh = r(xp / tour * 100)
cit, gt = D('38.6'), D('9.74'); gtsh = r(gt / cit * 100)
job, jobt = 3286, 3000; jobful = r(D(job) / jobt * 100)
ind_new, ind_tot = 6, 52
fund, fund_ind = D('1.86'), D('1.21'); fundsh = r(fund_ind / fund * 100)
# ---- 十四五
urb20, urb25 = D('43.8'), D('49.6'); urbd = urb25 - urb20
gdp20, rev20 = D('132.6'), D('7.81')
rev5 = r(((rev / rev20) ** (D(1) / 5) - 1) * 100)
kp5, kp5d = 512, 327
ms5, exp5 = D('118.6'), D('147.9'); ms5sh = r(ms5 / exp5 * 100)
# ---- 2026
tour26 = 2520; tour26g = r((D(tour26) / tour - 1) * 100)
kp26i = D('53'); kp26g = r((kp26i / kpact - 1) * 100)

V = dict(gdp=gdp, p1=p1, p2=p2_written, p3=p3, p3sh=p3sh, rev=rev, revd=revd, revg=revg, tax=tax, taxsh=taxsh,
         exp=exp, ms=ms, mssh=mssh, rinc=rinc, rincd=rincd, rincg=rincg, dep=dep, depd=depd, depg=depg,
         kp=kp, kpnew=kpnew, kpcont=kpcont, kpdone=kpdone, kptgt=kptgt, kpact=kpact, kpful=kpful,
         tour=tour, tc=tc, tcav=tcav, xp=xp, xpsh=xpsh, cit=cit, gt=gt, gtsh=gtsh, job=job, jobt=jobt,
         jobful=jobful, gdp20=gdp20, rev20=rev20, rev5=rev5, kp5=kp5, kp5d=kp5d, ms5=ms5, exp5=exp5,
         ms5sh=ms5sh, ind_new=ind_new, ind_tot=ind_tot, fund=fund, fund_ind=fund_ind, fundsh=fundsh,
         urb20=urb20, urb25=urb25, urbd=urbd, tour26=tour26, tour26g=tour26g, kp26i=kp26i, kp26g=kp26g)

SRC = """政府工作报告
——2026年1月7日在阳朔县第十八届人民代表大会第六次会议上
县长　覃文韬

各位代表：
　　受县人民政府委托，我向大会报告工作，请各位代表审议，也请政协委员和列席人员提出宝贵意见。
一、过去一年及“十四五”时期主要工作
　　刚刚过去的2025年，是“十四五”规划的最后一年。这一年，文旅市场起伏不定，项目融资持续偏紧，我们咬定目标不放松，全县经济稳住了基本盘、守住了底线。全年实现地区生产总值[[m {gdp} 亿元;地区生产总值;gdp]]，增长[[p {gdpg} %;地区生产总值;gdpg]]；第一产业增加值[[m {p1}亿元;第一产业增加值;p1]]，增长[[p 4.2%;第一产业增加值;p1g]]，第二产业增加值[[m {p2}亿元;第二产业增加值;p2]]，增长[[p 6.1%;第二产业增加值;p2g]]，第三产业增加值[[m {p3}亿元;第三产业增加值;p3]]，增长[[p 6.3%;第三产业增加值;p3g]]，占地区生产总值的[[p {p3sh}%;第三产业增加值;p3sh]]。一般公共预算收入[[m {rev} 亿元;一般公共预算收入;rev]]，较上年增加[[m {revd}亿元;一般公共预算收入;revd]]，增长[[p {revg}%;一般公共预算收入;revg]]，其中税收收入[[m {tax}亿元;税收收入;tax]]，占[[p {taxsh}%;税收收入;taxsh]]；一般公共预算支出[[m {exp}亿元;一般公共预算支出;exp]]，用于民生的支出[[m {ms}亿元;民生的支出;ms]]，占[[p {mssh} %;民生的支出;mssh]]。固定资产投资增长[[p 7.6%;固定资产投资;invg]]，社会消费品零售总额[[m 52.3亿元;社会消费品零售总额;retail]]、增长[[p 6.9%;社会消费品零售总额;retailg]]。城镇居民人均可支配收入[[m 45218元;城镇居民人均可支配收入;uinc]]，增长[[p 4.6%;城镇居民人均可支配收入;uincg]]；农村居民人均可支配收入[[m {rinc}元;农村居民人均可支配收入;rinc]]，比上年增加[[m {rincd}元;农村居民人均可支配收入;rincd]]，增长[[p {rincg}%;农村居民人均可支配收入;rincg]]。年末金融机构存款余额[[m {dep}亿元;存款余额;dep;pe=../2025-12]]，比年初增加[[m {depd}亿元;存款余额;depd]]，增长[[p {depg}%;存款余额;depg]]。
　　（一）抓项目扩投资。全年实施县级重点项目[[c {kp}个;县级重点项目;kp]]，总投资[[m 386.5亿元;总投资;kpinv]]，其中新开工[[c {kpnew}个;新开工;kpnew]]、续建[[c {kpcont}个;续建;kpcont]]，竣工投产[[c {kpdone}个;竣工投产;kpdone]]；完成投资[[m {kpact}亿元;完成投资;kpact]]，为年度目标[[m {kptgt}亿元;年度目标;kptgt]]的[[p {kpful}%;完成投资;kpful]]。规模以上工业增加值增长[[p 8.3%;规模以上工业增加值;indg]]，新增规上工业企业[[c {ind_new}家;规上工业企业;ind_new]]、总数达到[[c {ind_tot}家;规上工业企业;ind_tot]]。新签约招商项目[[c 47个;招商项目;sign]]，签约额[[m 132.6亿元;签约额;signv]]，其中亿元以上项目[[c 29个;亿元以上项目;sign1]]；到位资金[[m 58.4亿元;到位资金;arr]]，增长[[p 12.3 %;到位资金;arrg]]。
　　（二）抓文旅促消费。全年接待游客[[c {tour} 万人次;接待游客;tour]]，增长[[p 9.4%;接待游客;tourg]]；旅游总消费[[m {tc}亿元;旅游总消费;tc]]，增长[[p 11.2%;旅游总消费;tcg]]，游客人均消费[[m {tcav}元;人均消费;tcav]]。遇龙河、十里画廊景区完成提质改造，新增国家4A级旅游景区[[c 2家;国家4A级旅游景区;a4]]。兴坪镇接待游客[[c {xp}万人次;接待游客;xp;pl=兴坪镇]]，占全县的[[p {xpsh}%;接待游客;xpsh;pl=兴坪镇]]；兴坪镇、白沙镇、阳朔镇[[c 3个;镇;town3]]镇新增精品民宿[[c 64家;精品民宿;bb]]。全县柑橘产值[[m {cit}亿元;柑橘产值;cit]]，其中高田镇[[m {gt}亿元;柑橘产值;gt;pl=高田镇]]，占[[p {gtsh}%;柑橘产值;gtsh;pl=高田镇]]。
　　（三）抓乡村促振兴。落实衔接推进乡村振兴补助资金[[m {fund}亿元;衔接推进乡村振兴补助资金;fund]]，其中用于产业发展[[m {fund_ind}亿元;产业发展;fund_ind]]，占[[p {fundsh}%;产业发展;fundsh]]；脱贫人口人均纯收入[[m 16238元;脱贫人口人均纯收入;pinc]]，增长[[p 9.6%;脱贫人口人均纯收入;pincg]]，全县[[c 9个;乡镇;xz]]乡镇没有发生规模性返贫。森林覆盖率保持在[[p 71.6%;森林覆盖率;forest]]，空气质量优良天数比例[[p 98.1%;空气质量优良天数比例;air]]。
　　（四）抓民生补短板。县级财政投入[[m 5.12亿元;县级财政投入;msj]]，办结县城供水管网改造、中小学扩容、县人民医院门急诊楼、养老服务设施提升、农村公路提质、老旧小区改造、农贸市场升级、公共停车场、城乡公厕改造、零工市场[[c 十件;民生实事;ten]]民生实事。新建改扩建学校[[c 7所;学校;sch]]，新增学位[[c 3150个;学位;seat]]；改造老旧小区[[c 14个;老旧小区;ojq]]，惠及居民[[c 2863户;居民;ojqh]]；新增养老床位[[c 260张;养老床位;bed]]。城镇新增就业[[c {job}人;城镇新增就业;job]]，完成年度任务[[c {jobt}人;年度任务;jobt]]的[[p {jobful}%;城镇新增就业;jobful]]。
　　（五）抓改革优环境。新增经营主体[[c 3862户;经营主体;firm_new]]，年末总数达到[[c 4.87万户;经营主体;firm;pe=../2025-12]]；政务服务事项网上可办率达到[[p 98.6%;网上可办率;online]]。
　　回顾五年，我们经受住了疫情冲击和文旅市场深度调整的考验。全县地区生产总值由2020年的[[m {gdp20}亿元;地区生产总值;gdp20;pe=2020]]增加到[[m {gdp}亿元;地区生产总值;gdpb]]，年均增长[[p 6.2%;地区生产总值;gdp5;pe=2021/2025]]；一般公共预算收入由[[m {rev20}亿元;一般公共预算收入;rev20;pe=2020]]增加到[[m {rev}亿元;一般公共预算收入;revb]]，年均增长[[p {rev5}%;一般公共预算收入;rev5;pe=2021/2025]]。累计完成固定资产投资[[m 218.7亿元;固定资产投资;inv5;pe=2021/2025]]，实施重点项目[[c {kp5}个;重点项目;kp5;pe=2021/2025]]、建成[[c {kp5d}个;建成;kp5d;pe=2021/2025]]；累计接待游客[[c 9126.4万人次;接待游客;tour5;pe=2021/2025]]；累计民生支出[[m {ms5}亿元;民生支出;ms5;pe=2021/2025]]，占同期一般公共预算支出[[m {exp5}亿元;一般公共预算支出;exp5;pe=2021/2025]]的[[p {ms5sh}%;民生支出;ms5sh;pe=2021/2025]]。居民人均可支配收入城镇年均增长[[p 5.2%;居民人均可支配收入;u5;pe=2021/2025]]、农村年均增长[[p 7.3%;居民人均可支配收入;r5;pe=2021/2025]]，新增城镇就业[[c 1.58万人;城镇就业;job5;pe=2021/2025]]；常住人口城镇化率由[[p {urb20}%;常住人口城镇化率;urb20;pe=2020]]提高到[[p {urb25}%;常住人口城镇化率;urb25]]，提高了[[p {urbd}个百分点;常住人口城镇化率;urbd;pe=2021/2025]]。
　　这些成绩的取得，离不开自治区党委、政府和桂林市委、市政府的关心支持，凝聚着全县干部群众的心血和汗水。我们也清醒看到，产业结构偏“轻”，旅游消费链条短，财政收支矛盾突出，必须认真加以解决。
二、2026年主要目标任务
　　今年是“十五五”开局之年。我们将坚持以文旅融合为牵引、以项目建设为抓手，统筹抓好稳增长、促改革、惠民生各项工作。全年主要预期指标安排如下：全县地区生产总值增长[[p 6%;地区生产总值;t1;pe=2026]]左右；一般公共预算收入同口径增长[[p 5%;一般公共预算收入;t2;pe=2026]]；固定资产投资增长[[p 8%;固定资产投资;t3;pe=2026]]；社会消费品零售总额增长[[p 7%;社会消费品零售总额;t4;pe=2026]]；居民人均可支配收入城镇增长[[p 5%;居民人均可支配收入;t5;pe=2026]]、农村增长[[p 6.5%;居民人均可支配收入;t6;pe=2026]]左右；接待游客突破[[c {tour26}万人次;接待游客;tour26;pe=2026]]，增长[[p {tour26g}%;接待游客;tour26g;pe=2026]]。安排县级重点项目[[c 130个;县级重点项目;kp26;pe=2026]]，年度计划投资[[m {kp26i}亿元;年度计划投资;kp26i;pe=2026]]，比上年完成额增长[[p {kp26g}%;年度计划投资;kp26g;pe=2026]]；城镇新增就业[[c 3000人;城镇新增就业;job26;pe=2026]]以上；继续办好[[c 10件;民生实事;ten26;pe=2026]]民生实事，让发展成果更多更公平地惠及全县群众。
　　各位代表，新征程号角已经吹响。让我们在县委的坚强领导下，真抓实干、奋勇争先，为建设世界级旅游城市核心区而不懈奋斗！"""

src = SRC.format(gdpg='5.8', **V)
chars, facts, I = build(DOC, src, '阳朔县', '2025')
chars = layout_pdf(chars, width=56, per_page=24, head='政府工作报告', unwrap=3)
text, flat = finish(chars, facts)

A = Audit(DOC, I)
Y = D(10) ** 8
A.sum('gdp', ['p1', 'p2', 'p3'], f"三次产业增加值 {p1} + {p2_written} + {p3} = {{e}} 亿元，而所称地区生产总值为 {{o}} 亿元，相差 {p1 + p2_written + p3 - gdp} 亿元，远超舍入误差：植入的不一致（若总量无误，第二产业应为 {p2_true} 亿元）。", want='inconsistent', disp=Y)
A.rate('p3sh', 'p3', 'gdp', f"第三产业增加值 {p3} ÷ 地区生产总值 {gdp} = {{e}}%，所称 {{o}}%。")
A.inc('revg', 'revd', 'rev', f"上年基数 {rev} − {revd} = {rev24} 亿元；{revd} ÷ {rev24} = {{e}}%，所称 {{o}}%。")
A.rate('taxsh', 'tax', 'rev', f"税收收入 {tax} ÷ 一般公共预算收入 {rev} = {{e}}%，所称 {{o}}%。")
A.part_of('rev', 'tax', f"税收收入 {tax} 亿元在一般公共预算收入 {rev} 亿元之内。")
A.rate('mssh', 'ms', 'exp', f"民生支出 {ms} ÷ 一般公共预算支出 {exp} = {{e}}%，所称 {{o}}%。")
A.part_of('exp', 'ms', f"民生支出 {ms} 亿元在一般公共预算支出 {exp} 亿元之内。")
A.inc('rincg', 'rincd', 'rinc', f"上年基数 {rinc} − {rincd} = {rinc24} 元；{rincd} ÷ {rinc24} = {{e}}%，所称 {{o}}%。")
A.inc('depg', 'depd', 'dep', f"年初余额 {dep} − {depd} = {dep - depd} 亿元；{depd} ÷ {dep - depd} = {{e}}%，所称 {{o}}%。")
A.sum('kp', ['kpnew', 'kpcont'], f"新开工 {kpnew} + 续建 {kpcont} = {{e}} 个，等于县级重点项目 {{o}} 个。")
A.part_of('kp', 'kpdone', f"竣工投产 {kpdone} 个在县级重点项目 {kp} 个之内。")
A.rate('kpful', 'kpact', 'kptgt', f"完成投资 {kpact} ÷ 年度目标 {kptgt} = {{e}}%，所称 {{o}}%。")
A.bound('kptgt', 'kpact', f"完成投资 {kpact} 亿元不低于年度目标 {kptgt} 亿元，与完成率 {kpful}%（超过 100%）相符。")
A.part_of('ind_tot', 'ind_new', f"新增规上工业企业 {ind_new} 家在总数 {ind_tot} 家之内。")
A.part_of('firm', 'firm_new', "新增经营主体 3862 户在年末总数 4.87 万户之内。")
A.part_of('sign', 'sign1', "亿元以上项目 29 个在新签约招商项目 47 个之内。")
A.average('tcav', 'tc', 'tour', f"旅游总消费 {tc} 亿元 ÷ 接待游客 {tour} 万人次 = {{e}} 元，所称 {{o}} 元。")
A.rate('xpsh', 'xp', 'tour', f"兴坪镇 {xp} ÷ 全县 {tour} 万人次 = {{e}}%，所称 {{o}}%。")
A.part_of('tour', 'xp', f"兴坪镇接待游客 {xp} 万人次在全县 {tour} 万人次之内。")
A.enumeration('town3', ['兴坪镇', '白沙镇', '阳朔镇'], "列出{items}，共 {e} 个镇，所称 3 个。")
A.rate('gtsh', 'gt', 'cit', f"高田镇 {gt} ÷ 全县柑橘产值 {cit} = {{e}}%，所称 {{o}}%。")
A.part_of('cit', 'gt', f"高田镇柑橘产值 {gt} 亿元在全县 {cit} 亿元之内。")
A.rate('fundsh', 'fund_ind', 'fund', f"产业发展 {fund_ind} ÷ 衔接推进乡村振兴补助资金 {fund} = {{e}}%，所称 {{o}}%。")
A.enumeration('ten', ['县城供水管网改造', '中小学扩容', '县人民医院门急诊楼', '养老服务设施提升', '农村公路提质',
                      '老旧小区改造', '农贸市场升级', '公共停车场', '城乡公厕改造', '零工市场'],
              "列出{items}，共 {e} 件，所称十件。")
A.rate('jobful', 'job', 'jobt', f"城镇新增就业 {job} ÷ 年度任务 {jobt} = {{e}}%，所称 {{o}}%。")
A.bound('jobt', 'job', f"城镇新增就业 {job} 人不低于年度任务 {jobt} 人，与完成率 {jobful}%（超过 100%）相符。")
A.unver('growth', ['gdp5', 'gdpb', 'gdp20'], f"年均增长 6.2% 为可比价增速；按现价 {gdp20}→{gdp} 亿元五年年均约 {((gdp / gdp20) ** (D(1) / 5) - 1) * 100:.2f}%，口径不同，无法核对。")
A.cagr('rev5', 'revb', 'rev20', 5, f"({rev} ÷ {rev20})^(1/5) − 1 = {{e}}%（2021—2025 五年年均），所称 {{o}}%。")
A.part_of('kp5', 'kp5d', f"建成 {kp5d} 个在五年实施的重点项目 {kp5} 个之内。")
A.part_of('kp5', 'kp', f"2025 年的 {kp} 个县级重点项目在五年累计 {kp5} 个之内。")
A.part_of('tour5', 'tour', f"2025 年接待游客 {tour} 万人次在五年累计 9126.4 万人次之内。")
A.rate('ms5sh', 'ms5', 'exp5', f"累计民生支出 {ms5} ÷ 同期一般公共预算支出 {exp5} = {{e}}%，所称 {{o}}%。")
A.part_of('ms5', 'ms', f"2025 年民生支出 {ms} 亿元在五年累计 {ms5} 亿元之内。")
A.part_of('exp5', 'exp', f"2025 年一般公共预算支出 {exp} 亿元在五年累计 {exp5} 亿元之内。")
A.diff('urbd', 'urb25', 'urb20', f"{urb25} − {urb20} = {{e}} 个百分点，所称 {{o}} 个百分点。")
A.growth('tour26g', 'tour26', 'tour', f"2026 年目标 {tour26} ÷ 2025 年 {tour} − 1 = {{e}}%，所称 {{o}}%。")
A.growth('kp26g', 'kp26i', 'kpact', f"2026 年计划投资 {kp26i} ÷ 2025 年完成 {kpact} − 1 = {{e}}%，所称 {{o}}%。")
A.unver('growth', ['gdpg', 'gdp'], "地区生产总值增长 5.8% 为可比价增速，上年总量未给出，无法核对。")
write(OUT, DOC, text, facts, A)
