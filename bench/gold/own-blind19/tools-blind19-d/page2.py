import sys, json; sys.path.insert(0, '/work/blind19/tools-blind19-d')
from gen import build, ref
DOC = 'press-conference'
P = '2026-01/2026-10'
SRC = """您当前的位置:首页 > 新闻发布 > 发布会实录
宜昌市前10个月经济运行情况和2026年十件民生实事推进情况新闻发布会文字实录
发布时间:2026-11-18 16:42   来源:宜昌市人民政府新闻办公室   【字号 大 中 小】
11月18日上午,宜昌市人民政府新闻办公室举行新闻发布会,介绍全市前10个月经济运行情况和2026年十件民生实事推进情况,并回答记者提问。
主持人:市政府新闻办副主任 周雅琴
发布人:市统计局党组书记、局长 黄立新;市发展和改革委员会副主任 陈国栋
【主持人 周雅琴】
各位记者朋友,大家上午好!欢迎出席今天的新闻发布会。首先,请黄立新局长介绍前10个月全市经济运行情况。
【发布人 黄立新】
谢谢主持人。各位记者朋友,大家好!今年以来,全市经济运行总体平稳、稳中有进。
从总量看,前三季度全市实现地区生产总值[[m 4286.5亿元;地区生产总值;gdp;pe=2026-01/2026-09]],同比增长[[p 6.3%;地区生产总值;gdpg;pe=2026-01/2026-09]],增速比上半年加快[[p 0.2个百分点;地区生产总值;gdpgd;pe=2026-01/2026-09]]。
从工业看,1-10月,全市规模以上工业增加值同比增长[[p 7.4%;规模以上工业增加值;ind]];其中10月当月增长[[p 8.1%;规模以上工业增加值;ind10;pe=2026-10]]。猇亭区规上工业增加值增长[[p 15.2%;规上工业增加值;indx;pl=猇亭区]],增速居全市第一。
从投资看,1-10月,全市固定资产投资同比增长[[p 5.6%;固定资产投资;fai]],其中工业投资增长[[p 12.3%;工业投资;faii]],占全部投资的比重为[[p 38.5%;工业投资;faiish]];全市在建亿元以上项目[[c 1286个;在建亿元以上项目;proj;pe=../2026-10]],其中新开工项目[[c 542个;新开工项目;projn;pe=../2026-10]]。
从消费看,1-10月,全市社会消费品零售总额[[m 1652.3亿元;社会消费品零售总额;xf]],比上年同期的[[m 1557.3亿元;社会消费品零售总额;xf0;pe=2025-01/2025-10]]增加[[m 95.0亿元;社会消费品零售总额;xfd]],增长[[p 6.1%;社会消费品零售总额;xfg]]。
从外贸看,1-10月,全市外贸进出口总额[[m 421.6亿元;外贸进出口总额;tr]],增长[[p 12.4%;外贸进出口总额;trg]],其中出口[[m 318.2亿元;出口;ex]],占进出口总额的[[p 75.5%;出口;exsh]],对共建"一带一路"国家进出口增长[[p 15.8%;进出口;trb]]。
从财政看,1-10月,全市一般公共预算收入[[m 248.6亿元;一般公共预算收入;rev]],完成年度预算[[m 287.7亿元;年度预算;revb;pe=2026]]的[[p 86.4%;一般公共预算收入;revr]];其中税收收入[[m 176.3亿元;税收收入;tax]],占比[[p 70.9%;税收收入;taxsh]]。
从就业和收入看,1-10月,全市城镇新增就业[[c 5.86万人;城镇新增就业;job]],完成年度目标[[c 5.5万人;年度目标;jobt;pe=2026]]的[[p 106.5%;城镇新增就业;jobr]]。前三季度,全市居民人均可支配收入[[m 35820元;居民人均可支配收入;inc;pe=2026-01/2026-09]],增长[[p 5.9%;居民人均可支配收入;incg;pe=2026-01/2026-09]]。城镇、农村居民人均可支配收入分别为[[m 44610元;人均可支配收入;incu;pe=2026-01/2026-09]]、[[m 22470元;人均可支配收入;incr;pe=2026-01/2026-09]],分别增长[[p 5.2%;人均可支配收入;incug;pe=2026-01/2026-09]]、[[p 6.8%;人均可支配收入;incrg;pe=2026-01/2026-09]]。
总的看,全市经济延续了回升向好态势。下一步,我们将力争全年地区生产总值增长[[p 6%;地区生产总值;gdpt;pe=2026,q=over]]以上。谢谢!
【主持人 周雅琴】
谢谢黄局长。下面请陈国栋副主任介绍十件民生实事推进情况。
【发布人 陈国栋】
好的。今年市政府确定的[[c 十件;民生实事;n10;pe=2026]]民生实事,年度计划总投资[[m 86.5亿元;计划总投资;plan;pe=2026]],分别为教育[[m 23.4亿元;教育;pl1;pe=2026]]、住房保障[[m 31.2亿元;住房保障;pl2;pe=2026]]、养老医疗[[m 12.6亿元;养老医疗;pl3;pe=2026]]、交通出行[[m 11.8亿元;交通出行;pl4;pe=2026]]和其他[[m 7.5亿元;其他;pl5;pe=2026]]。截至10月底,已完成投资[[m 74.2亿元;已完成投资;done;pe=../2026-10]],完成率[[p 85.8%;已完成投资;doner;pe=../2026-10]]。十件实事中,已全面完成[[c 6件;已全面完成;dn;pe=../2026-10]],其余[[c 4件;序时推进;dr;pe=../2026-10]]正按序时推进。具体来看:
一是新建、改扩建中小学和幼儿园[[c 22所;新建、改扩建中小学和幼儿园;ms1;pe=2026]],已完工[[c 19所;已完工;ms1d;pe=../2026-10]],完工率[[p 86.4%;已完工;ms1r;pe=../2026-10]]。
二是改造老旧小区[[c 186个;老旧小区;ms2;pe=2026]],惠及居民[[c 3.2万户;居民;ms2h;pe=2026]];目前已全部开工,完工[[c 158个;完工;ms2d;pe=../2026-10]],完工率[[p 84.9%;完工;ms2r;pe=../2026-10]]。
三是新增公共停车泊位[[c 1.2万个;公共停车泊位;ms3;pe=2026]],已建成[[c 1.35万个;已建成;ms3d;pe=../2026-10]],完成年度目标的[[p 112.5%;公共停车泊位;ms3r;pe=../2026-10]]。
四是为65岁以上老年人免费健康体检,已体检[[c 23.6万人次;体检;ms4;pe=../2026-10]]。
五是建设社区嵌入式养老服务中心[[c 40个;社区嵌入式养老服务中心;ms5;pe=2026]],已建成[[c 40个;已建成;ms5d;pe=../2026-10]],完成率[[p 100%;社区嵌入式养老服务中心;ms5r;pe=../2026-10]]。
六是新增普惠托位[[c 2000个;普惠托位;ms6;pe=2026]],已完成[[c 2360个;普惠托位;ms6d;pe=../2026-10]],完成年度目标的[[p 112.0%;普惠托位;ms6r;pe=../2026-10]]。
七是新开通城市公交线路[[c 15条;城市公交线路;ms7;pe=2026]],更新新能源公交车[[c 300辆;新能源公交车;ms8;pe=2026]]。
其余三件分别是农村供水保障、食品安全快检和发放消费券,均在按计划推进。
【记者提问】
三峡日报记者:今年消费增长情况如何?消费券效果怎么样?
【发布人 黄立新】
谢谢您的提问。今年全市分三轮发放消费券[[m 5000万元;消费券;q1;pe=2026]],带动消费超过[[m 6亿元;带动消费;q2;pe=2026,q=over]]。1-10月,全市汽车类零售额近[[m 120亿元;汽车类零售额;q3;q=about]];接待游客超过[[c 8500万人次;接待游客;q4;q=over]],同比增长[[p 9.6%;接待游客;q4g]],实现旅游综合收入约[[m 860亿元;旅游综合收入;q5;q=about]]。分地区看,宜都市、枝江市、夷陵区[[c 3个;县市区;q6]]县市区社零增速超过[[p 8%;社零增速;q7;q=over,pl=宜昌市]]。
三峡商报记者:请介绍一下今年稳就业方面的情况。
【发布人 黄立新】
今年以来,我们把稳就业摆在突出位置。1-10月,全市共举办线上线下招聘活动[[c 326场;招聘活动;jb1]],提供就业岗位[[c 9.8万个;就业岗位;jb2]];高校毕业生留宜就业创业[[c 3.1万人;高校毕业生留宜就业创业;jb3]],比上年同期增加[[c 2600人;高校毕业生留宜就业创业;jb3d]]。发放创业担保贷款[[m 12.4亿元;创业担保贷款;jb4]],扶持创业[[c 6200人;扶持创业;jb5]],人均[[m 20万元;创业担保贷款;jb6]]。10月份,全市城镇调查失业率为[[p 5.1%;城镇调查失业率;jb7;pe=2026-10]],比上月下降[[p 0.1个百分点;城镇调查失业率;jb7d;pe=2026-10]]。全市零就业家庭实现动态清零,就业形势总体稳定。
湖北日报记者:明年民生实事有什么考虑?
【发布人 陈国栋】
"十四五"期间(2021—2025年),全市累计实施民生实事[[c 50件;民生实事;sw1;pe=2021/2025]],累计投入[[m 386亿元;民生实事;sw2;pe=2021/2025]],年均投入[[m 77.2亿元;民生实事;sw3;pe=2021/2025]]。明年,预计民生实事投资[[m 90亿元;民生实事投资;t27;pe=2027,q=about]]左右,将重点向"一老一小"倾斜。目前,我们正在面向全市公开征集2027年民生实事项目,已收到市民建议[[c 3000多条;市民建议;zj;pe=../2026-11]]。
【主持人 周雅琴】
今天的发布会到此结束,谢谢大家!
【打印】 【关闭】
责任编辑:孙梦瑶
"""
text, facts, I = build(DOC, SRC, '宜昌市', P)
V = lambda n: I[n]['value']
A = []
def add(check, verdict, names, expected, observed, expl):
    A.append({"doc": DOC, "check": check, "verdict": verdict, "facts": ref(I, *names),
              "expected": expected, "observed": observed, "explanation": expl})
r4 = lambda x: round(x, 4)
def ssum(tot, parts, what):
    s = r4(sum(V(p) for p in parts)); v = 'consistent' if abs(s - V(tot)) < 1e-6 else 'inconsistent'
    add('sum', v, [tot]+parts, s, V(tot), f"{what}: " + ' + '.join(I[p]['quote'] for p in parts) + f" = {s}，合计写作 {I[tot]['quote']}。")
def rate(r, a, b, what, nd=1):
    x = r4(V(a)/V(b)*100); v = 'consistent' if abs(round(x, nd) - V(r)) < 1e-9 else 'inconsistent'
    add('rate', v, [r, a, b], x, V(r), f"{what}: {I[a]['quote']} ÷ {I[b]['quote']} = {x}%，写作 {I[r]['quote']}。")
def part(tot, p, what):
    add('part_of', 'consistent' if V(p) <= V(tot) else 'inconsistent', [tot, p], [0, V(tot)], V(p), f"{what}: {I[p]['quote']} 在 {I[tot]['quote']} 之内。")
add('growth', 'unverifiable', ['gdpg','gdp'], None, V('gdpg'), "前三季度 GDP 增长 6.3%，上年同期数未给出。")
x = r4(V('xf')-V('xf0')); add('growth', 'consistent' if abs(x - V('xfd')) < 1e-3 else 'inconsistent', ['xfd','xf','xf0'], x, V('xfd'), f"1652.3 − 1557.3 = {x/1e8} 亿元。")
x = r4((V('xf')/V('xf0')-1)*100); add('growth', 'consistent' if round(x,1) == V('xfg') else 'inconsistent', ['xfg','xf','xf0'], x, V('xfg'), f"1652.3 ÷ 1557.3 − 1 = {x}%。")
rate('revr', 'rev', 'revb', '一般公共预算收入完成年度预算')
rate('taxsh', 'tax', 'rev', '税收收入占比')
part('rev', 'tax', '税收收入')
rate('jobr', 'job', 'jobt', '城镇新增就业完成年度目标')
part('proj', 'projn', '新开工项目')
add('rate', 'unverifiable', ['faiish','faii'], None, V('faiish'), "工业投资占比 38.5%，投资额未给出。")
add('bound', 'consistent' if V('incr') < V('inc') < V('incu') else 'inconsistent', ['inc','incu','incr'], [V('incr'), V('incu')], V('inc'), "全体居民 35820 元介于农村 22470 元与城镇 44610 元之间。")
add('bound', 'consistent' if V('incrg') >= V('incg') >= V('incug') else 'inconsistent', ['incg','incug','incrg'], [V('incug'), V('incrg')], V('incg'), "全体居民增速 5.9% 介于城镇 5.2% 与农村 6.8% 之间。")
add('growth', 'unverifiable', ['gdpt'], None, V('gdpt'), "全年 6% 以上为目标，不作实绩核对。")
ssum('plan', ['pl1','pl2','pl3','pl4','pl5'], '五类计划投资')
rate('doner', 'done', 'plan', '民生实事投资完成率')
ssum('n10', ['dn','dr'], '已完成与序时推进的实事件数')
add('enumeration', 'consistent', ['n10'], 10, 10, "一至七项逐项列出 7 件,另 3 件(农村供水保障、食品安全快检、发放消费券)点名,共 10 件。")
rate('ms1r', 'ms1d', 'ms1', '学校完工率')
rate('ms2r', 'ms2d', 'ms2', '老旧小区完工率')
rate('ms3r', 'ms3d', 'ms3', '停车泊位完成年度目标')
rate('ms5r', 'ms5d', 'ms5', '养老服务中心完成率', 0)
rate('ms6r', 'ms6d', 'ms6', '普惠托位完成年度目标(植入的不一致)')
part('plan', 'pl2', '住房保障计划投资')
add('ratio', 'unverifiable', ['q2','q1'], r4(V('q2')/V('q1')), None, "带动消费超过 6 亿元对消费券 5000 万元约 1:12，文中未写比值。")
add('enumeration', 'consistent', ['q6'], 3, 3, "列出宜都市、枝江市、夷陵区,共 3 个县市区。")
add('growth', 'unverifiable', ['q4g','q4'], None, V('q4g'), "游客增长 9.6%，上年同期数未给出。")
x = r4(V('sw2')/5); add('average', 'consistent' if abs(x - V('sw3')) < 1e-3 else 'inconsistent', ['sw3','sw2'], x, V('sw3'), f"386 亿元 ÷ 5 年 = {x/1e8} 亿元。")
x = r4(V('sw1')/5); add('average', 'unverifiable', ['sw1'], x, None, "50 件 ÷ 5 年 = 每年 10 件，文中未写平均（只作记录）。")
add('growth', 'unverifiable', ['t27','plan'], r4((V('t27')/V('plan')-1)*100), None, "2027 年预计 90 亿元左右对 2026 年计划 86.5 亿元，文中未写增速（目标）。")
x = r4(V('jb4')/V('jb5')); add('average', 'consistent' if abs(x - V('jb6')) < 1 else 'inconsistent', ['jb6','jb4','jb5'], x, V('jb6'), f"12.4 亿元 ÷ 6200 人 = {x} 元。")
add('growth', 'unverifiable', ['jb3d','jb3'], None, V('jb3d'), "增加 2600 人，上年同期数未给出。")
part('job', 'jb3', '高校毕业生留宜就业创业(与城镇新增就业口径不同，只作上限)')
rate('exsh', 'ex', 'tr', '出口占进出口总额')
part('tr', 'ex', '出口')
add('growth', 'unverifiable', ['trg','tr'], None, V('trg'), "外贸增长 12.4%，上年同期数未给出。")
out = '/work/blind19/'
open(out+DOC+'.txt','w').write(text)
open(out+DOC+'.facts.jsonl','w').write(''.join(json.dumps(f, ensure_ascii=False)+'\n' for f in facts))
open(out+DOC+'.audit.jsonl','w').write(''.join(json.dumps(a, ensure_ascii=False)+'\n' for a in A))
import collections, re
print(len(re.sub(r'\s','',text)), 'chars;', len(facts), collections.Counter(f['type'] for f in facts), len(A), collections.Counter((a['check'],a['verdict']) for a in A))
for a in A:
    if a['verdict']=='inconsistent': print(a)
