import sys, collections; sys.path.insert(0, '/work/blind20/tools-blind20-a')
from gen import *
DOC = 'court-report'
P, Y, FY = '株洲市', '2025', '2021/2025'
SRC = f"""株洲市中级人民法院工作报告
——2026年1月13日在株洲市第十六届人民代表大会第六次会议上
株洲市中级人民法院院长 曾志远
各位代表:
现在,我代表株洲市中级人民法院向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。
一、2025年主要工作
2025年,全市法院在市委坚强领导、市人大及其常委会有力监督下,坚持公正与效率主题,各项工作取得新进展。全年全市两级法院共受理各类案件[[c 98642件;受理各类案件;rec]],审结[[c 93875件;审结;done]],同比分别增长[[p 4.3%;受理各类案件;recg]]和[[p 5.1%;审结;doneg]],结案率[[p 95.2%;结案率;rate]]。其中,市中院受理案件[[c 12486件;受理案件;mrec]],审结[[c 11932件;审结;mdone]],结案率[[p 95.6%;结案率;mrate]]。全市[[c 412名;员额法官;judges]]员额法官人均结案[[c 227.9件;人均结案;perj]],比上年增加[[c 9.6件;人均结案;perjd]]。
从案件类型看,全市法院审结刑事案件[[c 6214件;刑事案件;crim]]、民事案件[[c 58930件;民事案件;civ]]、行政案件[[c 1987件;行政案件;adm]]、执行案件[[c 26744件;执行案件;exe]],分别占审结案件总数的[[p 6.6%;刑事案件;crimsh]]、[[p 62.8%;民事案件;civsh]]、[[p 2.5%;行政案件;admsh]]和[[p 28.5%;执行案件;exesh]]。
(一)依法惩治犯罪,维护社会安全稳定。坚持宽严相济刑事政策,常态化开展扫黑除恶斗争,依法严惩危害群众生命财产安全的犯罪。全市法院审结刑事案件[[c 6214件;刑事案件;crim2]],判处罪犯[[c 7826人;判处罪犯;crimp]],其中判处五年以上有期徒刑至死刑的[[c 684人;判处五年以上有期徒刑至死刑;heavy]],重刑率[[p 8.7%;重刑率;heavysh]]。审结电信网络诈骗及关联犯罪案件[[c 318件;电信网络诈骗及关联犯罪案件;fraud]],追赃挽损[[m 4260万元;追赃挽损;loot]]。
(二)服务经济发展,护航优化营商环境。围绕全市产业发展大局,平等保护各类市场主体合法权益,妥善审理涉企纠纷。审结金融借款合同纠纷[[c 8462件;金融借款合同纠纷;fin]],涉案标的额[[m 46.7亿元;涉案标的额;finamt]],件均[[m 55.2万元;件均;finavg]]。审结涉民营企业案件[[c 7315件;涉民营企业案件;pe]],其中醴陵市人民法院审结陶瓷、烟花产业相关案件[[c 1126件;陶瓷、烟花产业相关案件;ll;pl=醴陵市]],占该院审结涉企案件的[[p 38.4%;陶瓷、烟花产业相关案件;llsh;pl=醴陵市]]。
(三)坚持司法为民,解决群众急难愁盼。深化一站式多元解纷和诉讼服务体系建设,推动矛盾纠纷化解在基层、化解在诉前。委派诉前调解案件[[c 37592件;委派诉前调解案件;med]],调解成功[[c 15638件;调解成功;meds]],调解成功率[[p 41.6%;调解成功率;medr]]。为[[c 4120名;农民工;mig]]农民工追回劳动报酬[[m 1.52亿元;劳动报酬;wage]],人均[[m 3.69万元;人均;wavg]]。发放司法救助资金[[m 836万元;司法救助资金;aid]],救助困难当事人[[c 398人;困难当事人;aidp]],人均[[m 2.1万元;人均;aidavg]]。全市[[c 26个;人民法庭;tribs]]人民法庭审结案件[[c 21468件;人民法庭审结案件;tribd]],占基层法院审结案件的[[p 26.2%;人民法庭审结案件;tribsh]]。
(四)攻坚执行难题,兑现当事人胜诉权益。完善综合治理执行难工作格局,加大对规避执行、抗拒执行行为的惩戒力度。全市法院执结案件[[c 26744件;执结案件;exe2]],执行到位金额[[m 68.4亿元;执行到位金额;ex25]],比上年的[[m 63.4亿元;执行到位金额;ex24;pe=2024]]增长[[p 7.9%;执行到位金额;ex25g]]。开展"雷霆"集中执行行动[[c 4次;集中执行行动;raid]],拘留拒不履行义务的被执行人[[c 217人;被执行人;det]],[[c 1862名;被执行人;vol]]被执行人主动履行义务。
基层法院中,醴陵市、攸县、茶陵县、炎陵县人民法院分别受理案件[[c 15846件;受理案件;bl;pl=醴陵市]]、[[c 10234件;受理案件;by;pl=攸县]]、[[c 6128件;受理案件;bc;pl=茶陵县]]和[[c 3907件;受理案件;byl;pl=炎陵县]]。第四季度开展长期未结案件清理专项活动,清结案件[[c 1358件;清结案件;q4;pe=2025-10/2025-12]]。截至2025年12月底,全市法院长期未结案件[[c 316件;长期未结案件;lt;pe=../2025-12]],比年初的[[c 542件;长期未结案件;lt0;pe=../2024-12]]减少[[c 226件;长期未结案件;ltd]],下降[[p 41.7%;长期未结案件;ltg]]。
(五)自觉接受监督,推进诉源治理。办理人大代表建议、政协委员提案[[c 23件;人大代表建议、政协委员提案;prop]],办复率[[p 100%;办复率;propr]]。一审服判息诉率[[p 91.4%;一审服判息诉率;acc]],比上年提高[[p 1.2个百分点;一审服判息诉率;accpp]];行政机关负责人出庭应诉率[[p 98.3%;行政机关负责人出庭应诉率;appear]]。
(六)锻造过硬队伍,深化智慧法院建设。全市法院现有干警[[c 1286人;干警;staff;pe=../2025-12]],其中员额法官[[c 412名;员额法官;judges2;pe=../2025-12]],占[[p 32.0%;员额法官;judgesh;pe=../2025-12]];法官助理[[c 406名;法官助理;asst;pe=../2025-12]],书记员[[c 327名;书记员;clerk;pe=../2025-12]]。全年网上立案[[c 51237件;网上立案;online]],网上立案率[[p 78.6%;网上立案率;onliner]];电子送达[[c 18.4万次;电子送达;esvc]],同比增长[[p 26.3%;电子送达;esvcg]]。全年查处违纪违法干警[[c 7人;违纪违法干警;disc]],以零容忍态度正风肃纪。
二、五年来工作回顾
2021年至2025年,全市法院累计受理案件[[c 45.2万件;受理案件;frec;pe={FY}]],审结[[c 43.6万件;审结;fdone;pe={FY}]],审结数比上一个五年增长[[p 21.8%;审结;fdoneg;pe={FY}]]。五年来执行到位金额累计[[m 297.5亿元;执行到位金额;fex;pe={FY}]],2021年至2025年分别为[[m 52.6亿元;执行到位金额;e21;pe=2021]]、[[m 56.9亿元;执行到位金额;e22;pe=2022]]、[[m 56.2亿元;执行到位金额;e23;pe=2023]]、[[m 63.4亿元;执行到位金额;e24;pe=2024]]和[[m 68.4亿元;执行到位金额;e25;pe=2025]]。2025年全市法院受理案件数比2020年增长[[p 23.4%;受理案件数;vs20;pe={FY}]],年均增长[[p 4.3%;受理案件数;cagr;pe={FY}]]。五年来,全市法院审结一审民商事案件[[c 23.7万件;一审民商事案件;fciv;pe={FY}]],新建人民法庭[[c 5个;人民法庭;newtrib;pe={FY}]],人民法庭总数达到[[c 26个;人民法庭;tribs2]]。全市[[c 9个;基层法院;basic]]基层法院中有[[c 3个;基层法院;model]]被评为全省优秀法院,即天元区人民法院、醴陵市人民法院、攸县人民法院。
三、2026年工作安排
2026年,全市法院将力争全年结案率保持在[[p 95%;结案率;t1;pe=2026,q=over]]以上,执行到位金额达到[[m 72亿元;执行到位金额;t2;pe=2026,q=over]]以上,诉前调解成功率提升至[[p 45%;诉前调解成功率;t3;pe=2026]],审理期限超过[[c 12个月;null;noop]]的长期未结案件下降[[p 20%;长期未结案件;t4;pe=2026]]。
同时,我们也清醒地看到,法院工作还存在一些问题和不足:案多人少矛盾依然突出,审判质效与人民群众期待还有差距,队伍能力素质有待进一步提升。对此,我们将采取有力措施,认真加以解决。
各位代表,新的一年,全市法院将更加自觉接受人大监督,为谱写中国式现代化株洲篇章提供有力司法服务。
以上报告,请予审议。
"""
SRC = SRC.replace("超过[[c 12个月;null;noop]]的", "超过12个月的")
text, facts = mark(SRC)
# PDF layout: hard wrap at 33, page marks and running head every 26 lines
lines = wrap(text, 33)
out, page, opened, since = [], 1, False, 0
for i, ln in enumerate(lines):
    out.append(ln); since += 1
    for ch in ln:
        if ch == S0: opened = True
        elif ch == S1: opened = False
    if since >= 26 and not opened and not (ln and ln[-1].isdigit()):
        since = 0
        page += 1
        out += ['', f'— {page - 1} —', '', '株洲市中级人民法院工作报告', '']
out += ['', f'— {page} —']
text = '\n'.join(out) + '\n'
final, flat, ids = finish(DOC, text, facts, P, Y)
A = Audit(DOC, ids); V = A.V
A.rate('rate', 'done', 'rec', "93875 ÷ 98642 = {x}%。")
A.rate('mrate', 'mdone', 'mrec', "11932 ÷ 12486 = {x}%。")
A.partof('rec', 'mrec', "市中院受理 12486 件在全市两级法院 98642 件之内。")
A.partof('done', 'mdone', "市中院审结 11932 件在全市 93875 件之内。")
A.unver('growth', ['recg', 'rec'], "受理增长 4.3%,上年受理数未给出。")
A.unver('growth', ['doneg', 'done'], "审结增长 5.1%,上年审结数未给出。")
A.ratio_check('average', 'perj', 'done', 'judges', "93875 ÷ 412 = {x} 件。", scale=1)
A.unver('growth', ['perjd', 'perj'], "人均结案增加 9.6 件,上年人均数未给出。")
A.sum('done', ['crim', 'civ', 'adm', 'exe'], "刑事 6214 + 民事 58930 + 行政 1987 + 执行 26744 = {s} 件,等于审结总数。")
A.rate('crimsh', 'crim', 'done', "6214 ÷ 93875 = {x}%。")
A.rate('civsh', 'civ', 'done', "58930 ÷ 93875 = {x}%。")
A.rate('admsh', 'adm', 'done', "1987 ÷ 93875 = {x}%,文中 2.5%:植入的不一致。")
A.rate('exesh', 'exe', 'done', "26744 ÷ 93875 = {x}%。")
s = round(V('crimsh')+V('civsh')+V('admsh')+V('exesh'),1)
A.add('sum', 'consistent' if abs(s-100) <= 0.2 else 'inconsistent', ['crimsh','civsh','admsh','exesh'], 100, s, f"四类占比相加 6.6 + 62.8 + 2.5 + 28.5 = {s}%,应为 100%(由行政案件占比的错误引起,同一个植入错误的另一面)。")
A.partof('crimp', 'heavy', "重刑 684 人在判处罪犯 7826 人之内。")
A.rate('heavysh', 'heavy', 'crimp', "684 ÷ 7826 = {x}%。")
A.ratio_check('average', 'finavg', 'finamt', 'fin', "46.7 亿元 ÷ 8462 件 = {x} 元,约 55.2 万元。", dec=-3, scale=1)
A.partof('pe', 'll', "醴陵市法院 1126 件在全市涉民营企业案件 7315 件之内(按同类涉企案件理解)。")
A.unver('rate', ['llsh', 'll'], "占该院审结涉企案件的 38.4%,该院涉企案件总数未给出。")
A.partof('med', 'meds', "调解成功 15638 件在委派 37592 件之内。")
A.rate('medr', 'meds', 'med', "15638 ÷ 37592 = {x}%。")
A.ratio_check('average', 'wavg', 'wage', 'mig', "1.52 亿元 ÷ 4120 人 = {x} 元,约 3.69 万元。", dec=-2, scale=1)
A.ratio_check('average', 'aidavg', 'aid', 'aidp', "836 万元 ÷ 398 人 = {x} 元,约 2.1 万元。", dec=-3, scale=1)
A.partof('done', 'tribd', "人民法庭审结 21468 件在全市审结 93875 件之内。")
x = round(V('tribd')/(V('done')-V('mdone'))*100, 4)
A.add('rate', 'consistent' if round(x,1)==V('tribsh') else 'inconsistent', ['tribsh','tribd','done','mdone'], x, V('tribsh'), f"基层法院审结 = 全市 93875 − 市中院 11932 = {V('done')-V('mdone')} 件;21468 ÷ {V('done')-V('mdone')} = {x}%。")
A.add('sum', 'consistent' if V('exe2')==V('exe') else 'inconsistent', ['exe2','exe'], V('exe'), V('exe2'), "执结案件 26744 件与分类型中的执行案件 26744 件一致(重复提及)。")
A.add('sum', 'consistent' if V('crim2')==V('crim') else 'inconsistent', ['crim2','crim'], V('crim'), V('crim2'), "刑事案件 6214 件两处一致(重复提及)。")
A.growth('ex25g', 'ex25', 'ex24', "68.4 ÷ 63.4 − 1 = {x}%。")
A.rate('propr', 'prop', 'prop', "23 件全部办复:{x}%。", dec=0)
A.unver('growth', ['accpp', 'acc'], "提高 1.2 个百分点,上年数未给出。")
A.sum('fex', ['e21', 'e22', 'e23', 'e24', 'e25'], "52.6 + 56.9 + 56.2 + 63.4 + 68.4 = {s:.0f} 元,等于五年累计。")
A.add('sum', 'consistent' if V('e24')==V('ex24') and V('e25')==V('ex25') else 'inconsistent', ['e25','ex25','e24','ex24'], [V('ex25'), V('ex24')], [V('e25'), V('e24')], "五年回顾中 2024、2025 年的执行到位金额与年度部分一致。")
A.partof('frec', 'rec', "2025 年受理 98642 件在五年累计 45.2 万件之内。")
A.add('bound', 'consistent' if V('fdone') <= V('frec') else 'inconsistent', ['frec','fdone'], [0, V('frec')], V('fdone'), "五年审结 43.6 万件不超过受理 45.2 万件。")
A.unver('growth', ['fdoneg', 'fdone'], "比上一个五年增长 21.8%,上一个五年数未给出。")
x = round(((1 + V('vs20')/100) ** 0.2 - 1) * 100, 4)
A.add('growth', 'consistent' if round(x,1)==V('cagr') else 'inconsistent', ['cagr','vs20'], x, V('cagr'), f"五年增长 23.4% 的年均:1.234^(1/5) − 1 = {x}%。")
s = V('bl')+V('by')+V('bc')+V('byl')
A.add('bound', 'consistent' if s <= V('rec')-V('mrec') else 'inconsistent', ['rec','mrec','bl','by','bc','byl'], [0, V('rec')-V('mrec')], s, f"四个基层法院受理合计 {s} 件,不超过全市基层法院 98642 − 12486 = {V('rec')-V('mrec')} 件。")
A.diff('ltd', 'lt0', 'lt', "542 − 316 = {x} 件。")
x = round((1 - V('lt')/V('lt0'))*100, 4)
A.add('growth', 'consistent' if round(x,1)==V('ltg') else 'inconsistent', ['ltg','lt','lt0'], -x, -V('ltg'), f"316 ÷ 542 − 1 = −{x}%(下降 41.7%)。")
A.add('sum', 'consistent' if V('judges2')==V('judges') else 'inconsistent', ['judges2','judges'], V('judges'), V('judges2'), "员额法官 412 名两处一致。")
A.rate('judgesh', 'judges2', 'staff', "412 ÷ 1286 = {x}%。")
s = V('judges2')+V('asst')+V('clerk')
A.add('bound', 'consistent' if s <= V('staff') else 'inconsistent', ['staff','judges2','asst','clerk'], [0, V('staff')], s, f"法官、法官助理、书记员合计 {s} 人,不超过干警 1286 人(其余为司法行政人员等)。")
A.unver('rate', ['onliner', 'online'], "网上立案率 78.6%,立案总数口径未给出(受理数含旧存,不宜作分母)。")
A.unver('growth', ['esvcg', 'esvc'], "电子送达增长 26.3%,上年数未给出。")
A.partof('fciv', 'civ', "2025 年审结民事 58930 件与五年一审民商事 23.7 万件同类口径,在其内(民事含二审,仅作上界参考)。")
A.add('bound', 'consistent' if V('newtrib') <= V('tribs2') else 'inconsistent', ['tribs2','newtrib'], [0, V('tribs2')], V('newtrib'), "新建 5 个在总数 26 个之内。")
A.add('sum', 'consistent' if V('tribs2')==V('tribs') else 'inconsistent', ['tribs2','tribs'], V('tribs'), V('tribs2'), "人民法庭总数 26 个两处一致。")
A.add('enumeration', 'consistent', ['model'], 3, 3, "列出天元区、醴陵市、攸县 3 个法院。")
A.add('bound', 'consistent' if V('t2') > V('ex25') else 'inconsistent', ['t2','ex25'], [V('ex25'), None], V('t2'), "2026 年目标 72 亿元以上高于 2025 年实绩 68.4 亿元(目标)。")
A.add('bound', 'consistent' if V('t1') <= V('rate') else 'inconsistent', ['t1','rate'], [V('t1'), None], V('rate'), "2025 年结案率 95.2% 已在目标“保持在 95% 以上”之上。")
A.add('bound', 'consistent' if V('t3') > V('medr') else 'inconsistent', ['t3','medr'], [V('medr'), None], V('t3'), "调解成功率目标 45% 高于 2025 年 41.6%(“提升至”)。")
open('/work/blind20/'+DOC+'.txt','w').write(final)
open('/work/blind20/'+DOC+'.facts.jsonl','w').write(dump_facts(facts))
open('/work/blind20/'+DOC+'.audit.jsonl','w').write(A.dump())
print(len(final), 'chars', len(flat), 'flat;', collections.Counter(f['type'] for f in facts), len(facts), collections.Counter((a['check'],a['verdict']) for a in A.rows), len(A.rows))
for a in A.rows:
    if a['verdict'] != 'unverifiable': print(a['check'], a['verdict'], a['expected'], a['observed'])
print('uncovered:', uncovered(flat, facts))
