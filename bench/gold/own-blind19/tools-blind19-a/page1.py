import sys; sys.path.insert(0, '/work/blind19/tools-blind19-a')
from gen import build, Audit, write, D
DOC = 'audit-report'
SRC = """关于常山县2025年度县级预算执行和其他
财政收支的审计工作报告
——2026年6月24日在常山县第十八届人民代表大会
常务委员会第三十一次会议上
常山县审计局局长  郑晓岚

主任、各位副主任、秘书长、各位委员：
    我受县人民政府委托，向县人大常委会报告2025年度县
级预算执行和其他财政收支的审计情况，请予审议。
    按照县委、县政府部署，县审计局坚持“应审尽审、凡
审必严、严肃问责”，全年共完成审计项目[[c 58个;审计项目;proj]]，其中预
算执行审计[[c 12个;预算执行审计;pj1]]、经济责任审计[[c 15个;经济责任审计;pj2]]、专项审计调查[[c 9个;专项审计调查;pj3]]、政府
投资审计[[c 24个;政府投资审计;pj4]]；审计了县级部门[[c 35个;县级部门;dep]]及所属二级单位[[c 62家;二级单位;sub]]，共
计[[c 97家;县级部门;units]]。查出问题金额[[m 8.64亿元;查出问题金额;prob]]，其中违规金额[[m 1.27|亿元;违规金额;vio]]，管理不规
范金额[[m 7.37亿元;管理不规范金额;irr]]；违规金额中，损失浪费[[m 3180万元;损失浪费;waste]]，占[[p 25.0%;损失浪费;wastesh]]。审计
提出建议[[c 136条;建议;adv]]，被采纳[[c 128条;被采纳;adva]]，采纳率[[p 94.1%;采纳率;advr]]；移送问题
线索[[c 7件;问题线索;clue]]，其中移送县纪委县监委[[c 5件;移送县纪委县监委;clue1]]、公安机关[[c 2件;公安机关;clue2]]，涉及人
员[[c 14人;涉及人员;pers]]。审计覆盖资金总额[[m 186.4亿元;审计覆盖资金;cov]]，比
上年增长[[p 9.3%;审计覆盖资金;covg]]。
    一、县级财政管理审计情况
    审计结果表明，2025年县级一般公共预算收入[[m 28.46亿元;一般公共预算收入;rev]]，完成
调整预算[[m 27.96亿元;调整预算;revp]]的[[p 101.8%;一般公共预算收入;revpct]]，比上年的[[m 27.05亿元;一般公共预算收入;rev0;pe=2024]]增长[[p 5.2%;一般公共预算收入;revg]]；其中
税收收入[[m 19.37亿元;税收收入;tax]]，占一般公共预算收入的[[p 68.1%;税收收入;taxsh]]。一般公共预
算支出[[m 52.83亿元;一般公共预算支出;exp]]，其中民生支出[[m 41.12亿元;民生支出;liv]]，占比[[p 77.8%;民生支出;livsh]]。政
府性基金预算收入[[m 18.64亿元;政府性基金预算收入;fund]]，比上年的[[m 22.36亿元;政府性基金预算收入;fund0;pe=2024]]下降[[p 16.6%;政府性基金预算收入;fundg]]，
减少[[m 3.72亿元;政府性基金预算收入;fundd]]，主要是国有土地使用权出让收入下降。
    审计发现的主要问题：一是非税收入未及时缴库[[m 2360万元;非税收入未及时缴库;ntax]]
，涉及单位[[c 6家;涉及单位;ntaxu]]，户均[[m 393.3万元;非税收入未及时缴库;ntaxavg]]；二是结转结余资金[[m 1.05亿元;结转结余资金;carry]]未按规
定统筹使用，其中结存两年以上的[[m 4270万元;结存两年以上;carry2]]；三是[[c 3个;部门;bdep]]部门无
预算、超预算支出[[m 860万元;无预算、超预算支出;over]]；四是年底突击花钱，12月
集中支出[[m 9.74亿元;集中支出;dec;pe=2025-12]]，占全年一般公共预算支出的[[p 18.4%;集中支出;decsh;pe=2025-12]]。

— 2 —

常山县人民代表大会常务委员会公报                    2026年第4期
    二、部门预算执行审计情况
    重点审计了县教育局、县卫生健康局、县农业农村局、
县交通运输局[[c 4个;部门;ndep]]部门，抽查所属单位[[c 21家;所属单位;chk]]，涉及预算
资金[[m 13.62亿元;预算资金;dbud]]，查出问题金额[[m 6830万元;问题金额;dprob]]，占抽查资金的[[p 5.0%;问题金额;dprobsh]]。
其中，违规发放津贴补贴[[m 127.6万元;违规发放津贴补贴;allow]]，涉及[[c 318人;涉及;allowp]]，人均
[[m 4013元;人均;allowavg]]；公务用车运行维护费超标准[[m 46.8万元;公务用车运行维护费;car]]；政府采购
未执行招标程序[[m 1940万元;政府采购未执行招标程序;proc]]，涉及项目[[c 11个;涉及项目;procn]]。
    三、重点专项资金审计情况
    （一）衔接推进乡村振兴补助资金。审计抽查了招贤镇、
球川镇、辉埠镇、芳村镇[[c 4个;乡镇;ntown]]乡镇，涉及资金[[m 1.36亿元;衔接推进乡村振兴补助资金;rur]]、项
目[[c 84个;项目;rurp]]。发现资金滞留[[m 2160万元;资金滞留;stuck]]，占抽查资金的[[p 15.9%;资金滞留;stucksh]]；已
建成项目闲置[[c 5个;已建成项目闲置;idle]]，涉及投资[[m 738万元;涉及投资;idlem]]。其中，球川镇闲置项
目[[c 2个;闲置项目;idleq;pl=球川镇]]、投资[[m 312万元;闲置项目;idleqm;pl=球川镇]]，占闲置投资的[[p 42.3%;闲置项目;idleqsh;pl=球川镇]]。
    （二）社会保险基金。城乡居民基本养老保险基金支出[[m 4.83|亿元;城乡居民基本养老保险基金支出;pen]]，
发现死亡人员冒领、重复领取待遇[[c 63人;重复领取待遇;dup]]，金额[[m 41.6万元;重复领取待遇;dupm]]，
人均[[m 6603元;人均;dupavg]]，已全部追回。
    （三）政府债务管理。截至2025年底，全县政府债务余额
[[m 96.48亿元;政府债务余额;debt;pe=../2025-12]]，其中一般债务[[m 38.26亿元;一般债务;debt1;pe=../2025-12]]、专项债务[[m 58.22亿元;专项债务;debt2;pe=../2025-12]]，均控
制在省核定的债务限额[[m 101.5亿元;债务限额;lim;pe=../2025-12]]以内。抽查专项债券项目[[c 8个;专项债券项目;bondp]]，
发现[[c 2个;项目;bondbad]]项目债券资金闲置超过半年，金额[[m 1.12亿元;债券资金闲置;bondidle]]。
    （四）国有资产管理。审计县属国有企业[[c 3家;县属国有企业;soe]]，
资产总额[[m 312.6亿元;资产总额;asset;pe=../2025-12]]、负债总额[[m 198.4亿元;负债总额;liab;pe=../2025-12]]，资产负债率[[p 63.5%;资产负债率;lev;pe=../2025-12]]。
发现应收未收租金[[m 586万元;应收未收租金;rent]]，涉及出租房产[[c 37处;出租房产;rentn]]；
[[c 12宗;划拨土地;land]]划拨土地未办理确权登记。
    四、政府投资审计情况
    完成政府投资项目审计[[c 24个;政府投资项目;inv]]，送审金额[[m 9.87亿元;送审金额;sub0]]，审
定金额[[m 9.12亿元;审定金额;fix]]，核减[[m 0.75亿元;核减;cut]]，核减率[[p 7.6%;核减率;cutr]]。分季度看，一
至四季度分别完成[[c 4个;政府投资项目;iq1;pe=2025-01/2025-03]]、[[c 6个;政府投资项目;iq2;pe=2025-04/2025-06]]、[[c 5个;政府投资项目;iq3;pe=2025-07/2025-09]]和[[c 9个;政府投资项目;iq4;pe=2025-10/2025-12]]。

— 3 —

常山县人民代表大会常务委员会公报                    2026年第4期
    五、审计整改情况
    截至2026年5月底，已整改问题金额[[m 7.18亿元;已整改问题金额;fixd;pe=../2026-05]]，整改率
[[p 83.1%;整改率;fixr;pe=../2026-05]]；其中已上缴财政[[m 2740万元;已上缴财政;paid;pe=../2026-05]]，归还原资金渠道[[m 1.58亿元;归还原资金渠道;back;pe=../2026-05]]，
制定完善制度[[c 46项;制定完善制度;rule;pe=../2026-05]]，追责问责[[c 19人;追责问责;acc;pe=../2026-05]]；尚未整改到位的问题金额
[[m 1.46亿元;尚未整改到位;rem;pe=../2026-05]]，主要涉及历史遗留和需分阶段推进的事项。2026年1-5月新整
改金额[[m 2.96亿元;新整改金额;new;pe=2026-01/2026-05]]，比上年同期的[[m 2.41亿元;新整改金额;new0;pe=2025-01/2025-05]]增加[[m 0.55亿元;新整改金额;newd;pe=2026-01/2026-05]]，增长
[[p 22.8%;新整改金额;newg;pe=2026-01/2026-05]]。上一年度审计查出问题整改率为[[p 91.6%;整改率;fixr0;pe=2024]]。
    2021年至2025年，县审计局累计完成审计项目[[c 276个;审计项目;y5;pe=2021/2025]]，年
均[[c 55.2个;审计项目;y5avg;pe=2021/2025]]，查出问题金额[[m 41.3亿元;问题金额;y5prob;pe=2021/2025]]，推动增收节支[[m 6.85亿元;增收节支;y5save;pe=2021/2025]]。
    六、下一步工作
    2026年，县审计局计划安排审计项目[[c 60个;审计项目;;pe=2026,q=over]]以上，力争
问题整改率达到[[p 90%;问题整改率;;pe=2026,q=over]]以上，对[[c 14个;乡镇（街道）;ntown26;pe=2026]]乡镇（街道）实现审计
全覆盖。
    以上报告，请予审议。

— 4 —
"""
text, facts, ids = build(DOC, SRC, '常山县', '2025')
a = Audit(DOC, ids); V = a.V
a.sum('proj', ['pj1','pj2','pj3','pj4'], note='植入的不一致：四类项目合计 60 个，与 58 个不符。')
a.sum('units', ['dep','sub'])
a.sum('prob', ['vio','irr'])
a.rate('wastesh', 'waste', 'vio', check='part_of')
a.rate('advr', 'adva', 'adv')
a.sum('clue', ['clue1','clue2'])
a.rate('revpct', 'rev', 'revp')
a.growth('revg', 'rev', 'rev0')
a.rate('taxsh', 'tax', 'rev', check='part_of')
a.rate('livsh', 'liv', 'exp', check='part_of')
a.growth('fundg', 'fund', 'fund0', sign=-1)
a.diff('fundd', 'fund0', 'fund')
x = (V('ntax')/V('ntaxu')).quantize(D('0.01'))
a.add('average', 'consistent' if (x/10000).quantize(D('0.1')) == V('ntaxavg')/10000 else 'inconsistent', ['ntaxavg','ntax','ntaxu'], float(x), float(V('ntaxavg')), f'2360 万元 ÷ 6 家 = {x} 元，约 393.3 万元。')
a.add('part_of', 'consistent' if V('carry2') <= V('carry') else 'inconsistent', ['carry2','carry'], float(V('carry')), float(V('carry2')), '结存两年以上 4270 万元不超过结转结余资金 1.05 亿元。')
a.add('enumeration', 'consistent', ['ndep'], 4, 4, '列出县教育局、县卫生健康局、县农业农村局、县交通运输局，共 4 个部门。')
a.add('part_of', 'consistent' if V('dprob') <= V('prob') else 'inconsistent', ['dprob','prob'], float(V('prob')), float(V('dprob')), '部门预算执行问题金额 6830 万元不超过全部查出问题金额 8.64 亿元。')
a.rate('dprobsh', 'dprob', 'dbud', check='part_of')
x = (V('allow')/V('allowp')).quantize(D('0.01'))
a.add('average', 'consistent' if round(x) == V('allowavg') else 'inconsistent', ['allowavg','allow','allowp'], float(x), float(V('allowavg')), f'127.6 万元 ÷ 318 人 = {x} 元。')
a.add('enumeration', 'consistent', ['ntown'], 4, 4, '列出招贤镇、球川镇、辉埠镇、芳村镇，共 4 个乡镇。')
a.rate('stucksh', 'stuck', 'rur', check='part_of')
a.rate('idleqsh', 'idleqm', 'idlem', check='part_of')
a.add('part_of', 'consistent' if V('idleq') <= V('idle') else 'inconsistent', ['idleq','idle'], int(V('idle')), int(V('idleq')), '球川镇 2 个不超过闲置项目 5 个。')
x = (V('dupm')/V('dup')).quantize(D('0.01'))
a.add('average', 'consistent' if round(x) == V('dupavg') else 'inconsistent', ['dupavg','dupm','dup'], float(x), float(V('dupavg')), f'41.6 万元 ÷ 63 人 = {x} 元。')
a.add('sum', 'consistent' if V('inv') == V('pj4') else 'inconsistent', ['inv','pj4'], int(V('pj4')), int(V('inv')), '第四部分的 24 个政府投资项目与开头的政府投资审计 24 个一致。')
a.diff('cut', 'sub0', 'fix')
a.rate('cutr', 'cut', 'sub0')
a.sum('inv', ['iq1','iq2','iq3','iq4'])
a.rate('fixr', 'fixd', 'prob', note='（整改率以 2025 年度查出问题金额为分母）')
a.add('part_of', 'consistent' if V('paid')+V('back') <= V('fixd') else 'inconsistent', ['paid','back','fixd'], float(V('fixd')), float(V('paid')+V('back')), '已上缴财政 0.274 亿元 + 归还原渠道 1.58 亿元 = 1.854 亿元，不超过已整改 7.18 亿元。')
a.diff('newd', 'new', 'new0')
a.growth('newg', 'new', 'new0')
x = (V('y5')/5).quantize(D('0.01'))
a.add('average', 'consistent' if x == V('y5avg') else 'inconsistent', ['y5avg','y5'], float(x), float(V('y5avg')), f'276 个 ÷ 5 年 = {x} 个。')
a.add('bound', 'consistent' if V('y5') >= V('proj') else 'inconsistent', ['y5','proj'], int(V('proj')), int(V('y5')), '五年累计 276 个不少于 2025 年的 58 个。')
a.add('bound', 'consistent' if V('y5prob') >= V('prob') else 'inconsistent', ['y5prob','prob'], float(V('prob')), float(V('y5prob')), '五年累计问题金额 41.3 亿元不少于 2025 年的 8.64 亿元。')
a.sum('debt', ['debt1','debt2'])
a.add('bound', 'consistent' if V('debt') <= V('lim') else 'inconsistent', ['debt','lim'], float(V('lim')), float(V('debt')), '债务余额 96.48 亿元不超过限额 101.5 亿元。')
a.add('part_of', 'consistent' if V('bondbad') <= V('bondp') else 'inconsistent', ['bondbad','bondp'], 8, 2, '2 个项目出自抽查的 8 个专项债券项目。')
a.rate('lev', 'liab', 'asset')
a.rate('decsh', 'dec', 'exp', check='part_of')
a.sum('prob', ['fixd','rem'], note='（已整改 + 尚未整改 = 查出问题金额）')
a.add('growth', 'unverifiable', ['covg','cov'], None, float(V('covg')), '审计覆盖资金增长 9.3%，上年数未给出。')
a.add('rate', 'unverifiable', ['fixr0'], None, float(V('fixr0')), '上一年度整改率 91.6%，其分子分母未给出。')
write('/work/blind19/', DOC, text, facts, a.A)
