import sys, json; sys.path.insert(0, '/tmp/b18d')
from gen import build, ref
DOC = 'township-summary'
SRC = """丹棱县杨场镇人民政府
关于2025年工作总结及2026年工作打算的报告
杨府发〔2025〕41号

县委、县政府：
　　2025年，杨场镇党委、政府坚持以乡村振兴统揽全局，围绕“做强柑橘产业、建好宜居乡村”的
思路，真抓实干，全镇经济社会保持平稳向好，
各项年度目标任务基本完成。镇党委、政府先后召开专题会议研究产业发展、项目建设和基层治理
等重点工作，镇村干部下沉一线，帮助群众解决急难愁盼问题。现将全年工作总结如下。

一、基本情况和主要指标
　　杨场镇位于丹棱县东部，辖大旗村、白塔村、梅湾村、龙鹄村、青林村、汪山村、石堰村、新桥村[[c 8个;村;nvil]]
村和杨场社区[[c 1个;社区;]]，户籍农户[[c 6420户;户籍农户;hh]]、人口[[c 2.13万人;人口;pop]]。全镇幅员
面积68.4平方公里，耕地3.2万亩，其中永久基本农田2.6万亩，是全县柑橘主产镇之一。
　　全年预计实现地区生产总值[[m 9.86亿元;地区生产总值;gdp]]，同比增长[[p 6.4%;地区生产总值;gdpg]]；农村居民人均可支配
收入[[m 24310元;农村居民人均可支配收入;inc]]，比上年的[[m 22690元;农村居民人均可支配收入;inc0;pe=2024]]增加[[m 1620元;农村居民人均可支配收入;incd]]，增长[[p 7.1%;农村居民人均可支配收入;incg]]。
一般公共预算收入[[m 3860万元;一般公共预算收入;rev]]，完成年度预算的[[p 103.5%;一般公共预算收入;revpct]]（年度预算[[m 3730万元;年度预算;revplan]]），
其中税收收入[[m 2910万元;税收收入;tax]]，占一般公共预算收入的[[p 75.4%;税收收入;taxsh]]。

二、重点工作推进情况
　　（一）项目建设提速增效。全年实施各类项目[[c 46个;项目;proj]]，其中产业项目[[c 19个;产业项目;p1]]、基础设施
项目[[c 21个;基础设施项目;p2]]、民生项目[[c 6个;民生项目;p3]]；完成投资[[m 2.74亿元;完成投资;inv]]，完成年度任务的[[p 109.6%;完成投资;invpct]]。分季度看，
一至四季度分别完成投资[[m 0.52亿元;完成投资;q1;pe=2025-01/2025-03]]、[[m 0.71亿元;完成投资;q2;pe=2025-04/2025-06]]、[[m 0.83亿元;完成投资;q3;pe=2025-07/2025-09]]和[[m 0.68亿元;完成投资;q4;pe=2025-10/2025-12]]，年度任务
为[[m 2.5亿元;年度任务;invplan]]。
项目建设中，镇里实行“一个项目、一名领导、一个专班”
推进机制，对进度滞后的项目每周调度，确保按时序推进。
　　（二）多渠道筹措资金。全年共落实各类资金[[m 15230万元;各类资金;fund]]，按来源分：中央和省级资金[[m 6180万元;中央和省级资金;f1]]，
市县资金[[m 4270万元;市县资金;f2]]，镇级自筹[[m 1350万元;镇级自筹;f3]]，引导社会资本投入[[m 3260万元;社会资本;f4]]。中央和
省级资金中，衔接推进乡村振兴补助资金[[m 2140万元;衔接推进乡村振兴补助资金;f1a]]，其中用于产业发展的[[m 1520万元;产业发展;f1a1]]，
占[[p 71.0%;产业发展;f1a1sh]]。
　　（三）柑橘产业提质增收。全镇柑橘（不知火、春见）种植面积稳定在5.6万亩，全年柑橘产值
[[m 6.45亿元;柑橘产值;cit]]，上年为[[m 5.96亿元;柑橘产值;cit0;pe=2024]]，增长[[p 8.2%;柑橘产值;citg]]。新培育家庭农场[[c 37家;家庭农场;]]、农民专业合作社[[c 12个;农民专业合作社;]]，
新建冷链仓储设施[[c 9座;冷链仓储设施;]]。全镇[[c 8个;村;]]村集体经济收入均超过[[m 20万元;村集体经济收入;r20;q=over]]，在[[m 21.3万元;村集体经济收入;rlo]]至[[m 68.2万元;村集体经济收入;rhi]]
之间，其中超过[[m 50万元;村集体经济收入;;q=over]]的有[[c 3个;村;n50]]，分别为大旗村[[m 68.2万元;村集体经济收入;v1;pl=大旗村]]、梅湾村[[m 55.7万元;村集体经济收入;v2;pl=梅湾村]]、龙鹄村
[[m 51.4万元;村集体经济收入;v3;pl=龙鹄村]]。
　　（四）民生保障持续加力。城乡居民医保参保[[c 20460人;城乡居民医保;ins]]，参保率[[p 96.1%;城乡居民医保;insr]]。发放低保、特困、临时
救助等资金[[m 386.4万元;救助等资金;aid]]，惠及困难群众[[c 1120户;困难群众;aidhh]]、[[c 2870人;困难群众;]]，户均[[m 3450元;户均;aidavg]]。完成农村危房改造
[[c 64户;农村危房改造;dang]]，户均补助[[m 2.1万元;户均补助;dangavg]]，共计[[m 134.4万元;农村危房改造;dangtot]]。全镇劳动力[[c 13780人;劳动力;lab]]，转移输出[[c 8640人;转移输出;mig]]，
占劳动力总数的[[p 62.7%;转移输出;migsh]]，劳务收入人均约[[m 3.8万元;劳务收入;;q=about]]。
全镇60岁及以上老年人[[c 4980人;60岁及以上老年人;old]]，占户籍人口的[[p 23.4%;60岁及以上老年人;oldsh]]，镇敬老院集中供养特困人员
[[c 36人;特困人员;]]，新建村级互助养老点[[c 3个;互助养老点;]]。全镇在岗乡村医生[[c 17名;乡村医生;doc]]，每千人拥有乡村医生
[[c 0.8名;乡村医生;docpk]]，较上年有所增加，但与群众就近就医的需求相比仍有差距。
　　（五）基础设施和人居环境不断改善。新建和硬化通村通组道路31.8公里，整治山坪塘[[c 26口;山坪塘;]]、
新修生产便道12.4公里，汪山村、石堰村[[c 两个;村;;pl=汪山村、石堰村]]村的安全饮水提升工程已通水，受益群众[[c 3150人;受益群众;;pl=汪山村、石堰村]]。
新建改建农村卫生户厕[[c 420户;农村卫生户厕;]]，卫生厕所普及率达到[[p 93.5%;卫生厕所普及率;toil]]；每个村配齐保洁员，全镇
共聘用保洁员[[c 48名;保洁员;]]，生活垃圾收运处置体系覆盖全部村组。青林村获评市级“美丽宜居村庄”。
　　（六）教育和社会事业稳步发展。镇中心校和[[c 两所;村小;]]村小共有在校学生[[c 1865名;在校学生;stu]]，其中留守儿童
[[c 412名;留守儿童;left]]，占[[p 22.1%;留守儿童;leftsh]]，全部落实“一对一”结对关爱。镇卫生院全年门急诊[[c 3.46万人次;门急诊;]]，
家庭医生签约服务重点人群[[c 5280人;家庭医生签约服务;]]。全镇柑橘种植户[[c 4860户;柑橘种植户;grow]]，户均柑橘收入约[[m 13.3万元;户均柑橘收入;growavg;q=about]]。
　　（七）平安建设扎实有效。全年排查矛盾纠纷[[c 215件;矛盾纠纷;disp]]，化解[[c 212件;化解;res]]，化解率[[p 98.6%;化解;resr]]；
开展安全生产检查[[c 148次;安全生产检查;]]，整改隐患[[c 326处;隐患;]]，全年未发生较大以上安全事故。
　　（八）基层党建和自身建设。新发展党员[[c 14名;党员;]]，其中35岁以下[[c 11名;35岁以下;]]；镇村干部走访农户
[[c 6420户;农户;;q=exact]]，实现全覆盖。

　　以上数据中，2025年全年数为初步统计数，最终以县统计部门核定数据为准。

三、存在的问题
　　一是产业结构单一，柑橘产值占全镇农业总产值比重较高，抗市场风险能力偏弱，
今年春季低温和夏季持续高温对部分果园挂果造成影响；二是部分
村集体经济增收渠道窄，“空壳”风险虽已消除但后劲不足；三是镇级财力有限，项目配套压力较大，部分
项目前期工作不够扎实，开工时间滞后；四是干部队伍年龄偏大，懂电商、懂管理的年轻干部不足，
服务群众的能力和方式还需改进。对这些问题，我们将在今后的工作中认真加以解决。

四、2026年工作打算
　　主要预期目标：地区生产总值增长[[p 6%;地区生产总值;;q=about,pe=2026]]左右；农村居民人均可支配收入增长[[p 7%;农村居民人均可支配收入;;q=over,pe=2026]]
以上；一般公共预算收入达到[[m 4050万元;一般公共预算收入;rev26;pe=2026]]，增长[[p 4.9%;一般公共预算收入;rev26g;pe=2026]]；实施项目[[c 50个;项目;;q=over,pe=2026]]以上，完成投资[[m 3亿元;完成投资;;pe=2026]]；
村集体经济收入全部达到[[m 30万元;村集体经济收入;;q=over,pe=2026]]以上；新增高标准农田[[m 1200万元;高标准农田;;pe=2026]]投资项目[[c 2个;投资项目;;pe=2026]]。
　　重点抓好四个方面：一是稳产业，推动柑橘品牌化、电商化；二是强基础，完善通村
道路和灌溉设施；三是惠民生，办好医疗、养老等民生实事；四是守底线，抓实安全稳定。
　　具体措施上，一要围绕柑橘全产业链招引加工、冷链物流企业，支持合作社与电商平台对接，
打响“杨场柑橘”区域品牌；二要加快推进白塔村至新桥村产业路、梅湾村灌溉渠系配套等项目前期
工作，确保一季度开工；三要持续巩固拓展脱贫攻坚成果，落实防止返贫动态监测和帮扶机制，
守住不发生规模性返贫的底线；四要深化“网格+院落”基层治理，推动矛盾纠纷就地化解；五要
加强镇村干部队伍建设，选派年轻干部到村任职锻炼，提升服务群众的本领。
　　新的一年，杨场镇将在县委、县政府的领导下，坚定信心、担当实干，奋力推动乡村全面振兴
取得新成效，为全县高质量发展作出新的更大贡献。

杨场镇人民政府
2025年12月18日
"""
text, facts, I = build(DOC, SRC, '杨场镇', '2025')
V = lambda n: I[n]['value']
A = []
def add(check, verdict, names, expected, observed, expl):
    A.append({"doc": DOC, "check": check, "verdict": verdict, "facts": ref(I, *names),
              "expected": expected, "observed": observed, "explanation": expl})
r4 = lambda x: round(x, 4)
s = V('p1')+V('p2')+V('p3'); add('sum', 'consistent' if s == V('proj') else 'inconsistent', ['proj','p1','p2','p3'], s, V('proj'), f"产业 19 + 基础设施 21 + 民生 6 = {s} 个项目。")
s = r4(V('q1')+V('q2')+V('q3')+V('q4')); add('sum', 'consistent' if s == V('inv') else 'inconsistent', ['inv','q1','q2','q3','q4'], s, V('inv'), f"四个季度 0.52+0.71+0.83+0.68 = {s/1e8} 亿元，等于全年完成投资。")
s = V('f1')+V('f2')+V('f3')+V('f4'); add('sum', 'consistent' if s == V('fund') else 'inconsistent', ['fund','f1','f2','f3','f4'], s, V('fund'), f"四类来源 6180+4270+1350+3260 = {s/1e4} 万元，与合计 15230 万元不符（差 {(V('fund')-s)/1e4} 万元）：植入的不一致。")
s = V('v1')+V('v2')+V('v3'); 
add('part_of', 'consistent', ['f1','f1a'], [0, V('f1')], V('f1a'), "衔接资金 2140 万元是中央和省级资金 6180 万元的一部分。")
add('part_of', 'consistent', ['f1a','f1a1'], [0, V('f1a')], V('f1a1'), "用于产业发展的 1520 万元是衔接资金 2140 万元的一部分（嵌套其中）。")
add('part_of', 'consistent', ['rev','tax'], [0, V('rev')], V('tax'), "税收收入 2910 万元是一般公共预算收入 3860 万元的一部分。")
add('part_of', 'consistent', ['aidhh','hh'], [0, V('hh')], V('aidhh'), "受助 1120 户在全镇 6420 户之内。")
x = r4(V('tax')/V('rev')*100); add('rate', 'consistent' if round(x,1)==V('taxsh') else 'inconsistent', ['taxsh','tax','rev'], x, V('taxsh'), f"2910 ÷ 3860 = {x}%。")
x = r4(V('f1a1')/V('f1a')*100); add('rate', 'consistent' if round(x,1)==V('f1a1sh') else 'inconsistent', ['f1a1sh','f1a1','f1a'], x, V('f1a1sh'), f"1520 ÷ 2140 = {x}%。")
x = r4(V('rev')/V('revplan')*100); add('rate', 'consistent' if round(x,1)==V('revpct') else 'inconsistent', ['revpct','rev','revplan'], x, V('revpct'), f"完成年度预算 3860 ÷ 3730 = {x}%。")
x = r4(V('inv')/V('invplan')*100); add('rate', 'consistent' if round(x,1)==V('invpct') else 'inconsistent', ['invpct','inv','invplan'], x, V('invpct'), f"完成年度任务 2.74 ÷ 2.5 = {x}%（任务数在后一句）。")
x = r4(V('ins')/V('pop')*100); add('rate', 'consistent' if round(x,1)==V('insr') else 'inconsistent', ['insr','ins','pop'], x, V('insr'), f"参保率 20460 ÷ 21300 = {x}%（分母取户籍人口 2.13 万人）。")
x = r4(V('mig')/V('lab')*100); add('rate', 'consistent' if round(x,1)==V('migsh') else 'inconsistent', ['migsh','mig','lab'], x, V('migsh'), f"8640 ÷ 13780 = {x}%。")
x = r4(V('res')/V('disp')*100); add('rate', 'consistent' if round(x,1)==V('resr') else 'inconsistent', ['resr','res','disp'], x, V('resr'), f"化解率 212 ÷ 215 = {x}%。")
x = r4((V('inc')/V('inc0')-1)*100); add('growth', 'consistent' if round(x,1)==V('incg') else 'inconsistent', ['incg','inc','inc0'], x, V('incg'), f"24310 ÷ 22690 − 1 = {x}%。")
x = V('inc')-V('inc0'); add('growth', 'consistent' if x==V('incd') else 'inconsistent', ['incd','inc','inc0'], x, V('incd'), f"24310 − 22690 = {x} 元。")
x = r4((V('cit')/V('cit0')-1)*100); add('growth', 'consistent' if round(x,1)==V('citg') else 'inconsistent', ['citg','cit','cit0'], x, V('citg'), f"6.45 ÷ 5.96 − 1 = {x}%。")
x = r4((V('rev26')/V('rev')-1)*100); add('growth', 'consistent' if round(x,1)==V('rev26g') else 'inconsistent', ['rev26g','rev26','rev'], x, V('rev26g'), f"2026 年目标 4050 ÷ 2025 年 3860 − 1 = {x}%（目标对实绩）。")
add('growth', 'unverifiable', ['gdpg','gdp'], None, V('gdpg'), "地区生产总值增长 6.4%，上年数未给出。")
x = r4(V('left')/V('stu')*100); add('rate', 'consistent' if round(x,1)==V('leftsh') else 'inconsistent', ['leftsh','left','stu'], x, V('leftsh'), f"412 ÷ 1865 = {x}%。")
add('rate', 'unverifiable', ['toil'], None, V('toil'), "卫生厕所普及率 93.5%，普及户数与总户数未给出对应数（420 户是新增户厕，不是累计）。")
x = round(V('cit')/V('grow'), 4); add('average', 'consistent' if round(x/1e4,1)*1e4==V('growavg') else 'inconsistent', ['growavg','cit','grow'], x, V('growavg'), f"户均 6.45 亿元 ÷ 4860 户 = {x} 元，约 13.3 万元。")
x = r4(V('old')/V('pop')*100); add('rate', 'consistent' if round(x,1)==V('oldsh') else 'inconsistent', ['oldsh','old','pop'], x, V('oldsh'), f"4980 ÷ 21300 = {x}%。")
x = r4(V('doc')/V('pop')*1000); add('average', 'consistent' if round(x,1)==V('docpk') else 'inconsistent', ['docpk','doc','pop'], x, V('docpk'), f"每千人 17 ÷ 21.3 千人 = {x} 名。")
x = round(V('aid')/V('aidhh'), 4); add('average', 'consistent' if round(x)==V('aidavg') else 'inconsistent', ['aidavg','aid','aidhh'], x, V('aidavg'), f"户均 386.4 万元 ÷ 1120 户 = {x} 元。")
x = round(V('dang')*V('dangavg'), 4); add('average', 'consistent' if x==V('dangtot') else 'inconsistent', ['dangavg','dangtot','dang'], x, V('dangtot'), f"64 户 × 2.1 万元 = {x/1e4} 万元，等于共计。")
add('bound', 'consistent' if V('rlo') > V('r20') else 'inconsistent', ['r20','rlo'], [V('r20'), None], V('rlo'), "8 个村均超过 20 万元：最低的 21.3 万元高于 20 万元。")
add('enumeration', 'consistent', ['nvil'], 8, 8, "列出大旗村、白塔村、梅湾村、龙鹄村、青林村、汪山村、石堰村、新桥村，共 8 个村。")
add('enumeration', 'consistent', ['n50'], 3, 3, "超过 50 万元的 3 个村逐一列出（大旗村、梅湾村、龙鹄村）。")
ok = all(V('rlo') <= V(n) <= V('rhi') and V(n) > 500000 for n in ['v1','v2','v3'])
add('range', 'consistent' if ok else 'inconsistent', ['rlo','rhi','v1','v2','v3'], [V('rlo'), V('rhi')], [V('v1'),V('v2'),V('v3')], "三个村 68.2、55.7、51.4 万元都在 21.3—68.2 万元之间且超过 50 万元。")
out = '/work/wt-blind18-d/bench/gold/own-blind18b/'
open(out+DOC+'.txt','w').write(text)
open(out+DOC+'.facts.jsonl','w').write(''.join(json.dumps(f, ensure_ascii=False)+'\n' for f in facts))
open(out+DOC+'.audit.jsonl','w').write(''.join(json.dumps(a, ensure_ascii=False)+'\n' for a in A))
import collections
print(len(text), 'chars;', collections.Counter(f['type'] for f in facts), collections.Counter((a['check'],a['verdict']) for a in A))
for a in A: print(a['check'], a['verdict'], a['expected'], a['observed'])
