import sys; sys.path.insert(0, '/work/blind19/tools-blind19-a')
from gen import build, Audit, write, D
DOC = 'housing-fund'
E = 'pe=../2025-12'
SRC = """首页 > 政务公开 > 法定主动公开内容 > 年度报告
安庆市住房公积金2025年年度报告
来源:安庆市住房公积金管理中心  发布时间:2026-03-27 09:30  【字号 大 中 小】
一、机构概况
安庆市住房公积金管理中心为市政府直属不以营利为目的的事业单位,下设桐城、潜山、怀宁、太湖、宿松、望江、岳西[[c 7个;分中心;nbr]]分中心。2025年,住房公积金管理委员会召开会议[[c 2次;会议;]],审议通过年度归集使用计划等事项。
二、业务运行情况
(一)缴存。2025年,新开户单位[[c 1034家;新开户单位;newu]],新开户职工[[c 4.86万人;新开户职工;newp]]。实缴单位[[c 9846家;实缴单位;unit]],净增单位[[c 612家;净增单位;unitd]];实缴职工[[c 38.52万人;实缴职工;emp]],净增职工[[c 1.27万人;净增职工;empd]]。缴存额[[m 98.64亿元;缴存额;dep]],比上年的[[m 91.37亿元;缴存额;dep0;pe=2024]]增长[[p 8.0%;缴存额;depg]],增加[[m 7.27亿元;缴存额;depd]]。其中灵活就业人员缴存[[c 1.26万人;灵活就业人员;flex]],缴存额[[m 2.14亿元;灵活就业人员;flexm]],人均[[m 1.70万元;人均;flexavg]]。
年末缴存总额[[m 826.45亿元;缴存总额;tot;%s]],缴存余额[[m 312.78亿元;缴存余额;bal;%s]],比上年末的[[m 291.42亿元;缴存余额;bal0;pe=../2024-12]]增加[[m 21.36亿元;缴存余额;bald]]。
(二)提取。2025年,[[c 21.35万名;缴存职工;drawp]]缴存职工提取住房公积金[[m 77.28亿元;提取;draw]],比上年的[[m 73.19亿元;提取;draw0;pe=2024]]增长[[p 5.6%;提取;drawg]];提取额占当年缴存额的[[p 78.3%;提取额;drawsh]]。
提取金额中,住房消费提取[[m 58.43亿元;住房消费提取;h]],占[[p 75.6%;住房消费提取;hsh]],其中购买商品住房[[m 21.56亿元;购买商品住房;h1]]、偿还购房贷款本息[[m 26.84亿元;偿还购房贷款本息;h2]]、租赁住房[[m 7.65亿元;租赁住房;h3]]、其他住房消费[[m 2.38亿元;其他住房消费;h4]];非住房消费提取[[m 18.85亿元;非住房消费提取;nh]],占[[p 24.4%;非住房消费提取;nhsh]],其中离休和退休提取[[m 12.47亿元;离休和退休提取;nh1]],其他非住房消费提取[[m 6.38亿元;其他非住房消费提取;nh2]]。租赁住房提取人数[[c 3.92万人;租赁住房提取;rentp]],比上年增加[[c 0.58万人;租赁住房提取;rentpd]]。
(三)贷款。2025年,发放个人住房贷款[[c 8624笔;个人住房贷款;loann]]、[[m 45.18亿元;个人住房贷款;loan]],笔均[[m 52.39万元;笔均;loanavg]];发放笔数比上年的[[c 7938笔;个人住房贷款;loann0;pe=2024]]增长[[p 8.6%;个人住房贷款;loanng]]。其中首套住房贷款[[c 7892笔;首套住房贷款;first]],占发放笔数的[[p 91.5%;首套住房贷款;firstsh]]。第四季度发放[[c 2386笔;个人住房贷款;q4n;pe=2025-10/2025-12]],12月当月发放[[m 4.62亿元;个人住房贷款;decm;pe=2025-12]],环比增长[[p 11.3%;个人住房贷款;decg;pe=2025-12]]。
回收个人住房贷款[[m 28.73亿元;回收个人住房贷款;rec]]。年末个人住房贷款余额[[m 236.91亿元;个人住房贷款余额;lb;%s]],比上年末的[[m 220.46亿元;个人住房贷款余额;lb0;pe=../2024-12]]增加[[m 16.45亿元;个人住房贷款余额;lbd]];个人住房贷款率[[p 75.7%;个人住房贷款率;lbr;%s]]。逾期额[[m 386万元;逾期额;od;%s]],逾期率[[p 0.016%;逾期率;odr;%s]]。
2021年至2025年,累计发放个人住房贷款[[c 3.86万笔;个人住房贷款;y5n;pe=2021/2025]]、[[m 213.47亿元;个人住房贷款;y5;pe=2021/2025]],年均发放[[m 42.69亿元;个人住房贷款;y5avg;pe=2021/2025]]。
三、增值收益及分配
2025年,业务收入[[m 8.97亿元;业务收入;inc]],业务支出[[m 4.86亿元;业务支出;cost]],增值收益[[m 4.11亿元;增值收益;gain]],增值收益率[[p 1.36%;增值收益率;gainr]]。增值收益分配:提取贷款风险准备金[[m 1.64亿元;贷款风险准备金;g1]],提取管理费用[[m 0.42亿元;管理费用;g2]],提取城市公共租赁住房(廉租住房)建设补充资金[[m 2.05亿元;建设补充资金;g3]]。年末贷款风险准备金余额[[m 9.87亿元;贷款风险准备金余额;rsv;%s]]。
四、分中心业务情况
全市缴存额分中心(含市本级)情况为:市本级[[m 52.34亿元;缴存额;b0]];桐城分中心[[m 9.86亿元;缴存额;b1;pl=桐城]],占全市的[[p 11.2%;缴存额;b1sh;pl=桐城]];潜山分中心[[m 6.72亿元;缴存额;b2;pl=潜山]];怀宁分中心[[m 7.15亿元;缴存额;b3;pl=怀宁]];太湖分中心[[m 5.48亿元;缴存额;b4;pl=太湖]];宿松分中心[[m 6.03亿元;缴存额;b5;pl=宿松]];望江分中心[[m 4.91亿元;缴存额;b6;pl=望江]];岳西分中心[[m 6.15亿元;缴存额;b7;pl=岳西]]。
五、2026年工作目标
2026年,预计全市缴存额[[m 105亿元;缴存额;;pe=2026,q=over]]以上,力争发放个人住房贷款[[m 48亿元;个人住房贷款;;pe=2026]],个人住房贷款逾期率控制在[[p 0.03%;逾期率;;pe=2026]]以内。
【打印本页】 【关闭窗口】
责任编辑:汪敏
""".replace("%s", E)
text, facts, ids = build(DOC, SRC, '安庆市', '2025')
a = Audit(DOC, ids); V = a.V
a.add('enumeration', 'consistent', ['nbr'], 7, 7, '列出桐城、潜山、怀宁、太湖、宿松、望江、岳西，共 7 个分中心。')
a.add('bound', 'consistent' if V('unitd') <= V('newu') else 'inconsistent', ['unitd','newu'], int(V('newu')), int(V('unitd')), '净增单位 612 家不超过新开户 1034 家。')
a.add('bound', 'consistent' if V('empd') <= V('newp') else 'inconsistent', ['empd','newp'], float(V('newp')), float(V('empd')), '净增职工 1.27 万人不超过新开户 4.86 万人。')
a.growth('depg', 'dep', 'dep0'); a.diff('depd', 'dep', 'dep0')
x = (V('flexm')/V('flex')).quantize(D('0.01'))
a.add('average', 'consistent' if (x/10000).quantize(D('0.01')) == V('flexavg')/10000 else 'inconsistent', ['flexavg','flexm','flex'], float(x), float(V('flexavg')), f'2.14 亿元 ÷ 1.26 万人 = {x} 元，约 1.70 万元。')
a.diff('bald', 'bal', 'bal0')
a.sum('bald', ['depd'], tol=D(10**12)) if False else None
x = V('dep') - V('draw')
a.add('growth', 'consistent' if x == V('bald') else 'inconsistent', ['bald','dep','draw'], a.num(x), a.num(V('bald')), f'缴存 98.64 − 提取 77.28 = {x/10**8} 亿元，等于缴存余额增加额。')
a.growth('drawg', 'draw', 'draw0')
a.rate('drawsh', 'draw', 'dep', check='ratio')
a.sum('draw', ['h','nh'])
a.rate('hsh', 'h', 'draw', check='part_of'); a.rate('nhsh', 'nh', 'draw', check='part_of')
a.sum('h', ['h1','h2','h3','h4']); a.sum('nh', ['nh1','nh2'])
a.add('growth', 'unverifiable', ['rentpd','rentp'], None, float(V('rentpd')), '租赁提取人数增加 0.58 万人，上年人数未给出。')
x = (V('loan')/V('loann')).quantize(D('0.01'))
a.add('average', 'consistent' if (x/10000).quantize(D('0.01')) == V('loanavg')/10000 else 'inconsistent', ['loanavg','loan','loann'], float(x), float(V('loanavg')), f'45.18 亿元 ÷ 8624 笔 = {x} 元。')
a.growth('loanng', 'loann', 'loann0')
a.rate('firstsh', 'first', 'loann', check='part_of')
a.add('part_of', 'consistent' if V('q4n') <= V('loann') else 'inconsistent', ['q4n','loann'], int(V('loann')), int(V('q4n')), '第四季度 2386 笔不超过全年 8624 笔。')
a.add('growth', 'unverifiable', ['decg','decm'], None, float(V('decg')), '12 月环比增长 11.3%，11 月数未给出。')
a.diff('lbd', 'lb', 'lb0')
x = V('loan') - V('rec')
a.add('growth', 'consistent' if x == V('lbd') else 'inconsistent', ['lbd','loan','rec'], a.num(x), a.num(V('lbd')), f'发放 45.18 − 回收 28.73 = {x/10**8} 亿元，等于余额增加额。')
a.rate('lbr', 'lb', 'bal', check='ratio')
a.rate('odr', 'od', 'lb', dp=3)
x = (V('y5')/5).quantize(D('0.01'))
a.add('average', 'consistent' if (x/10**8).quantize(D('0.01')) == V('y5avg')/10**8 else 'inconsistent', ['y5avg','y5'], float(x), float(V('y5avg')), f'213.47 亿元 ÷ 5 年 = {x/10**8} 亿元。')
a.add('bound', 'consistent' if V('y5n') >= V('loann') else 'inconsistent', ['y5n','loann'], int(V('loann')), int(V('y5n')), '五年累计 3.86 万笔不少于 2025 年 8624 笔。')
x = V('inc') - V('cost')
a.add('sum', 'consistent' if x == V('gain') else 'inconsistent', ['gain','inc','cost'], a.num(x), a.num(V('gain')), f'业务收入 8.97 − 业务支出 4.86 = {x/10**8} 亿元。')
a.add('rate', 'unverifiable', ['gainr','gain'], None, float(V('gainr')), '增值收益率 1.36% 以月均缴存余额为分母，月均余额未给出。')
a.sum('gain', ['g1','g2','g3'])
a.sum('dep', ['b0','b1','b2','b3','b4','b5','b6','b7'])
a.rate('b1sh', 'b1', 'dep', check='part_of', note='植入的不一致：应约为 10.0%。')
write('/work/blind19/', DOC, text, facts, a.A)
