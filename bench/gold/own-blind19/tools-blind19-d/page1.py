import sys, json; sys.path.insert(0, '/work/blind19/tools-blind19-d')
from gen import build, ref
DOC = 'education-bulletin'
SRC = """首页 > 信息公开 > 法定主动公开内容 > 统计信息
信丰县2025/2026学年教育事业发展统计公报
发布时间:2026-03-20 09:30  来源:信丰县教育科技体育局  浏览次数:1386  【字号 大 中 小】
2025/2026学年,全县教育系统坚持立德树人根本任务,扎实推进学前教育普及普惠、义务教育优质均衡和高中阶段教育多样化发展,各项事业稳步发展。现将全县教育事业发展主要统计数据公布如下。
一、学校和学生总体情况
全县共有各级各类学校[[c 312所;各级各类学校;sch]](含民办),其中幼儿园[[c 186所;幼儿园;s1]]、小学[[c 98所;小学;s2]]、初中[[c 19所;初中;s3]]、普通高中[[c 6所;普通高中;s4]]、中等职业学校[[c 3所;中等职业学校;s5]]。在各级各类学校中,民办学校[[c 105所;民办学校;pv]],占学校总数的[[p 33.7%;民办学校;pvsh]]。
全县各级各类学校在校(园)学生[[c 118460人;各级各类学校在校(园)学生;stu]],比上学年的[[c 121035人;各级各类学校在校(园)学生;stu0;pe=2024/2025]]减少[[c 2575人;各级各类学校在校(园)学生;stud]],下降[[p 2.1%;各级各类学校在校(园)学生;stug]]。其中:在园幼儿[[c 24310人;在园幼儿;e1]],小学在校生[[c 52870人;小学在校生;e2]],初中在校生[[c 25640人;初中在校生;e3]],普通高中在校生[[c 11920人;普通高中在校生;e4]],中职在校生[[c 3720人;中职在校生;e5]]。城区嘉定镇在校学生[[c 41250人;在校学生;jd;pl=嘉定镇]],占全县的[[p 34.8%;在校学生;jdsh;pl=嘉定镇]]。
全县各级各类学校共有专任教师[[c 8033人;专任教师;tch]],分别为幼儿园[[c 1642人;幼儿园;t1]]、小学[[c 3215人;小学;t2]]、初中[[c 2046人;初中;t3]]、普通高中[[c 862人;普通高中;t4]]、中职[[c 268人;中职;t5]]。
二、学前教育
全县共有幼儿园[[c 186所;幼儿园;k1]],其中民办幼儿园[[c 97所;民办幼儿园;kpv]],占[[p 52.2%;民办幼儿园;kpvsh]];普惠性幼儿园[[c 171所;普惠性幼儿园;kph]],普惠性幼儿园覆盖率[[p 91.9%;普惠性幼儿园覆盖率;kphr]]。在园幼儿[[c 24310人;在园幼儿;ke]],其中民办幼儿园在园幼儿[[c 11460人;民办幼儿园在园幼儿;kepv]],占[[p 47.1%;民办幼儿园在园幼儿;kepvsh]]。幼儿园专任教师[[c 1642人;幼儿园专任教师;kt]]。学前三年毛入园率[[p 92.6%;学前三年毛入园率;kgr]],比上学年提高[[p 1.4个百分点;学前三年毛入园率;kgrd]]。
三、义务教育
小学[[c 98所;小学;x1]],其中民办[[c 3所;民办;xpv]];另有小学教学点[[c 64个;小学教学点;xjd]]。小学招生[[c 8640人;小学招生;xz]],小学毕业生[[c 9120人;小学毕业生;xb]],在校生[[c 52870人;在校生;xs]],平均每所小学在校生[[c 540人;平均每所小学在校生;xavg;q=about]]。小学专任教师[[c 3215人;小学专任教师;xt]],生师比16.4:1;其中本科及以上学历[[c 2487人;本科及以上学历;xtb]],占[[p 77.4%;本科及以上学历;xtbsh]]。小学学龄儿童入学率[[p 100%;小学学龄儿童入学率;xrr]]。
初中[[c 19所;初中;c1]],其中民办[[c 2所;民办;cpv]]。初中招生[[c 8390人;初中招生;cz]],初中毕业生[[c 8210人;初中毕业生;cb]],在校生[[c 25640人;在校生;cs]];专任教师[[c 2046人;专任教师;ct]],生师比12.5:1。初中三年巩固率[[p 98.7%;初中三年巩固率;cgg]],九年义务教育巩固率[[p 97.8%;九年义务教育巩固率;jgg]]。
义务教育阶段进城务工人员随迁子女[[c 2380人;进城务工人员随迁子女;sq]],占义务教育在校生的[[p 3.0%;进城务工人员随迁子女;sqsh]];农村留守儿童[[c 6940人;农村留守儿童;ls]]。
四、高中阶段教育
普通高中[[c 6所;普通高中;g1]],其中民办[[c 2所;民办;gpv]]。招生[[c 4080人;招生;gz]],毕业生[[c 3860人;毕业生;gb]],在校生[[c 11920人;在校生;gs]];专任教师[[c 862人;专任教师;gt]],生师比13.8:1。
中等职业学校[[c 3所;中等职业学校;z1]],其中民办[[c 1所;民办;zpv]]。招生[[c 1310人;招生;zz]],在校生[[c 3720人;在校生;zs]],毕业生[[c 1150人;毕业生;zb]],其中实现就业和升学[[c 1110人;实现就业和升学;zj]],就业升学率[[p 96.5%;就业升学率;zjr]]。
高中阶段毛入学率[[p 94.3%;高中阶段毛入学率;ggr]]。
五、特殊教育和学生资助
此外,全县有特殊教育学校[[c 1所;特殊教育学校;tj]](未计入上述各级各类学校数),特殊教育学校在校生[[c 186人;特殊教育学校在校生;tjs]],其中送教上门[[c 62人;送教上门;tjsm]];适龄残疾儿童少年入学率[[p 97.5%;适龄残疾儿童少年入学率;tjr]]。
全年共资助各学段家庭经济困难学生[[c 2.86万人次;家庭经济困难学生;zzr;pe=2025]],发放资助资金[[m 4268万元;资助资金;zzm;pe=2025]],人次均约[[m 1492元;资助资金;zzavg;pe=2025,q=about]]。资助资金按学段分:学前教育[[m 512万元;学前教育;zm1;pe=2025]],义务教育[[m 1836万元;义务教育;zm2;pe=2025]],普通高中[[m 1420万元;普通高中;zm3;pe=2025]],中职[[m 500万元;中职;zm4;pe=2025]]。
六、乡镇教育发展
大塘埠镇、古陂镇、大桥镇、新田镇、安西镇[[c 5个;中心镇;nz]]中心镇在校学生分别为[[c 6820人;在校学生;z1s;pl=大塘埠镇]]、[[c 5940人;在校学生;z2s;pl=古陂镇]]、[[c 4310人;在校学生;z3s;pl=大桥镇]]、[[c 5120人;在校学生;z4s;pl=新田镇]]、[[c 6270人;在校学生;z5s;pl=安西镇]],合计[[c 28460人;在校学生;zsum]],占全县在校学生的[[p 24.0%;在校学生;zsh]]。乡镇寄宿制学校[[c 41所;乡镇寄宿制学校;jsz]],寄宿生[[c 9870人;寄宿生;jss]],校均约[[c 241人;寄宿生;jsavg;q=about]]。近年来,全县持续推进乡村小规模学校和乡镇寄宿制学校建设,农村学校办学条件明显改善,城乡教育差距逐步缩小。
七、办学条件
全县中小学校舍建筑面积168.4万平方米,比上学年增加5.2万平方米。本学年新建、改扩建学校[[c 14所;新建、改扩建学校;nb]],其中幼儿园[[c 5所;幼儿园;nb1]]、小学[[c 6所;小学;nb2]]、初中[[c 3所;初中;nb3]];新增学位[[c 6300个;新增学位;xw]],完成年度目标[[c 6000个;年度目标;xwt]]的[[p 105.0%;新增学位;xwr]]。
教育信息化方面,全县中小学建成多媒体教室[[c 3264间;多媒体教室;dmt]],实现"班班通"全覆盖,其中本学年新增[[c 286间;多媒体教室;dmtn]];建成智慧校园示范校[[c 12所;智慧校园示范校;zhxy]]。全县中小学图书馆藏书[[c 238.6万册;藏书;ts]],比上学年增加[[c 11.2万册;藏书;tsn]]。全县学校食堂全部实现"明厨亮灶",农村义务教育学生营养改善计划惠及[[c 3.96万人;农村义务教育学生营养改善计划;yy]]。
八、教育经费
2025年全县教育经费总投入[[m 14.86亿元;教育经费总投入;jf;pe=2025]],比上年的[[m 13.92亿元;教育经费总投入;jf0;pe=2024]]增长[[p 7.8%;教育经费总投入;jfg;pe=2025]]。其中一般公共预算教育经费[[m 12.35亿元;一般公共预算教育经费;jfy;pe=2025]],占教育经费总投入的[[p 83.1%;一般公共预算教育经费;jfysh;pe=2025]]。小学、初中生均一般公共预算教育事业费分别为[[m 9860元;生均一般公共预算教育事业费;sj1;pe=2025]]、[[m 13420元;生均一般公共预算教育事业费;sj2;pe=2025]]。
"十四五"期间(2021—2025年),全县累计投入教育经费[[m 63.5亿元;教育经费;sw;pe=2021/2025]],年均增长[[p 6.2%;教育经费;swg;pe=2021/2025]]。
九、2026年工作目标
2026年,全县力争学前三年毛入园率达到[[p 93%;学前三年毛入园率;t26a;pe=2026,q=over]]以上,新增学位[[c 4500个;新增学位;t26b;pe=2026,q=over]]以上,新建学校[[c 3所;新建学校;t26c;pe=2026]];预计教育经费总投入[[m 15.5亿元;教育经费总投入;t26d;pe=2026,q=about]]左右。
注:1.本公报数据为2025/2026学年初统计数据,教育经费为2025年度数据。2.部分数据因四舍五入,分项合计与总数略有出入。
附件下载:信丰县2025-2026学年教育统计主要指标.xlsx
【打印本页】【关闭窗口】
责任编辑:刘晓芸
主办单位:信丰县人民政府 承办单位:信丰县人民政府办公室
"""
text, facts, I = build(DOC, SRC, '信丰县', '2025/2026')
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
ssum('sch', ['s1','s2','s3','s4','s5'], '五类学校')
ssum('pv', ['kpv','xpv','cpv','gpv','zpv'], '民办学校(幼儿园97+小学3+初中2+普高2+中职1)')
ssum('stu', ['e1','e2','e3','e4','e5'], '五个学段在校生')
ssum('tch', ['t1','t2','t3','t4','t5'], '五个学段专任教师')
ssum('nb', ['nb1','nb2','nb3'], '新建改扩建学校')
rate('pvsh', 'pv', 'sch', '民办学校占比')
x = V('stu0') - V('stu'); add('growth', 'consistent' if x == V('stud') else 'inconsistent', ['stud','stu','stu0'], x, V('stud'), f"121035 − 118460 = {x} 人。")
x = r4((V('stu')/V('stu0')-1)*100); add('growth', 'consistent' if round(-x,1) == V('stug') else 'inconsistent', ['stug','stu','stu0'], x, -V('stug'), f"118460 ÷ 121035 − 1 = {x}%，下降 2.1%。")
rate('jdsh', 'jd', 'stu', '嘉定镇在校学生占全县')
part('stu', 'jd', '嘉定镇在校学生')
rate('kpvsh', 'kpv', 'k1', '民办幼儿园占幼儿园')
rate('kphr', 'kph', 'k1', '普惠性幼儿园覆盖率(普惠园所数÷幼儿园数)')
rate('kepvsh', 'kepv', 'ke', '民办园在园幼儿占比')
part('k1', 'kph', '普惠性幼儿园')
rate('xtbsh', 'xtb', 'xt', '本科及以上学历小学专任教师占比')
x = r4(V('xs')/V('x1')); add('average', 'consistent' if abs(x - V('xavg')) < 1 else 'inconsistent', ['xavg','xs','x1'], x, V('xavg'), f"52870 ÷ 98 = {x} 人，约 540 人。")
x = r4(V('xs')/V('xt')); add('ratio', 'consistent' if round(x,1) == 16.4 else 'inconsistent', ['xs','xt'], x, 16.4, f"小学生师比 52870 ÷ 3215 = {x}，写作 16.4:1。")
x = r4(V('cs')/V('ct')); add('ratio', 'consistent' if round(x,1) == 12.5 else 'inconsistent', ['cs','ct'], x, 12.5, f"初中生师比 25640 ÷ 2046 = {x}，写作 12.5:1。")
x = r4(V('gs')/V('gt')); add('ratio', 'consistent' if round(x,1) == 13.8 else 'inconsistent', ['gs','gt'], x, 13.8, f"普高生师比 11920 ÷ 862 = {x}，写作 13.8:1。")
add('rate', 'unverifiable', ['xrr'], None, V('xrr'), "小学学龄儿童入学率 100%，学龄儿童数未给出。")
x = r4(V('sq')/(V('xs')+V('cs'))*100); add('rate', 'consistent' if round(x,1) == V('sqsh') else 'inconsistent', ['sqsh','sq','xs','cs'], x, V('sqsh'), f"2380 ÷ (52870 + 25640 = 78510) = {x}%。")
add('rate', 'unverifiable', ['cgg'], None, V('cgg'), "初中三年巩固率 98.7%，三年前入学数未给出。")
add('rate', 'unverifiable', ['jgg'], None, V('jgg'), "九年义务教育巩固率 97.8%，九年前入学数未给出。")
add('rate', 'unverifiable', ['kgr','kgrd'], None, V('kgr'), "学前三年毛入园率 92.6%、提高 1.4 个百分点，适龄人口与上学年率未给出。")
add('rate', 'unverifiable', ['ggr'], None, V('ggr'), "高中阶段毛入学率 94.3%，15—17 岁人口未给出。")
part('zb', 'zj', '就业和升学毕业生')
rate('zjr', 'zj', 'zb', '中职就业升学率')
for a, b, w in [('k1','s1','幼儿园所数'), ('ke','e1','在园幼儿'), ('kt','t1','幼儿园专任教师'), ('xs','e2','小学在校生'), ('xt','t2','小学专任教师'), ('x1','s2','小学所数'), ('cs','e3','初中在校生'), ('ct','t3','初中专任教师'), ('gs','e4','普高在校生'), ('gt','t4','普高专任教师'), ('zs','e5','中职在校生')]:
    add('sum', 'consistent' if V(a) == V(b) else 'inconsistent', [a, b], V(b), V(a), f"{w}在分段节中重述 {I[a]['quote']}，与总体情况节 {I[b]['quote']} 一致。")
rate('xwr', 'xw', 'xwt', '新增学位完成年度目标')
x = r4((V('jf')/V('jf0')-1)*100); add('growth', 'consistent' if round(x,1) == V('jfg') else 'inconsistent', ['jfg','jf','jf0'], x, V('jfg'), f"14.86 ÷ 13.92 − 1 = {x}%，写作 7.8%：植入的不一致（应约 6.8%）。")
rate('jfysh', 'jfy', 'jf', '一般公共预算教育经费占总投入')
part('jf', 'jfy', '一般公共预算教育经费')
add('growth', 'unverifiable', ['swg','sw'], None, V('swg'), "十四五年均增长 6.2%，2020 年基数未给出。")
x = r4((V('t26d')/V('jf')-1)*100); add('growth', 'unverifiable', ['t26d','jf'], x, None, f"2026 年预计 15.5 亿元对 2025 年 14.86 亿元为增长 {x}%，文中未写增速（目标，只作记录）。")
add('bound', 'consistent' if V('t26a') > V('kgr') else 'inconsistent', ['t26a','kgr'], [V('kgr'), None], V('t26a'), "2026 年目标 93% 以上高于本学年 92.6%。")
add('enumeration', 'consistent', ['nb'], 3, 3, "新建改扩建学校按幼儿园、小学、初中三类列出，14 = 5 + 6 + 3。")
ssum('zzm', ['zm1','zm2','zm3','zm4'], '资助资金四个学段')
x = r4(V('zzm')/V('zzr')); add('average', 'consistent' if abs(x - V('zzavg')) < 1 else 'inconsistent', ['zzavg','zzm','zzr'], x, V('zzavg'), f"4268 万元 ÷ 2.86 万人次 = {x} 元，约 1492 元。")
part('tjs', 'tjsm', '送教上门学生')
add('rate', 'unverifiable', ['tjr'], None, V('tjr'), "适龄残疾儿童少年入学率 97.5%，适龄残疾儿童数未给出。")
ssum('zsum', ['z1s','z2s','z3s','z4s','z5s'], '五个中心镇在校学生')
rate('zsh', 'zsum', 'stu', '五个中心镇在校学生占全县')
add('enumeration', 'consistent', ['nz'], 5, 5, "列出大塘埠镇、古陂镇、大桥镇、新田镇、安西镇，共 5 个中心镇。")
x = r4(V('jss')/V('jsz')); add('average', 'consistent' if abs(x - V('jsavg')) < 1 else 'inconsistent', ['jsavg','jss','jsz'], x, V('jsavg'), f"9870 ÷ 41 = {x} 人，约 241 人。")
part('dmt', 'dmtn', '新增多媒体教室')
out = '/work/blind19/'
open(out+DOC+'.txt','w').write(text)
open(out+DOC+'.facts.jsonl','w').write(''.join(json.dumps(f, ensure_ascii=False)+'\n' for f in facts))
open(out+DOC+'.audit.jsonl','w').write(''.join(json.dumps(a, ensure_ascii=False)+'\n' for a in A))
import collections, re
print(len(re.sub(r'\s','',text)), 'chars;', len(facts), collections.Counter(f['type'] for f in facts), len(A), collections.Counter((a['check'],a['verdict']) for a in A))
for a in A:
    if a['verdict']=='inconsistent': print(a)
