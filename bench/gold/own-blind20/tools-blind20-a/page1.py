import sys, collections; sys.path.insert(0, '/work/blind20/tools-blind20-a')
from gen import *
DOC = 'customs-trade'
P, YTD, B = '广西壮族自治区', '2026-01/2026-10', '2025-01/2025-10'
SRC = f"""首页 > 海关统计 > 统计分析
2026年前10个月广西壮族自治区外贸进出口情况
发布时间:2026-11-20 10:30 来源:南宁海关 浏览次数:1673
【字号 大 中 小】 【打印】 【关闭】
据南宁海关统计,2026年前10个月,广西壮族自治区货物贸易进出口总值[[m 5860.4亿元;货物贸易进出口总值;tot]],比上年同期的[[m 5396.3亿元;货物贸易进出口总值;tot0;pe={B}]]增长[[p 8.6%;货物贸易进出口总值;totg]],增速高于全国平均水平。其中,出口[[m 3172.6亿元;出口;ex]],增长[[p 11.2%;出口;exg]];进口[[m 2687.8亿元;进口;im]],增长[[p 5.7%;进口;img]];贸易顺差[[m 484.8亿元;贸易顺差;bal]]。以美元计价,全区进出口[[m 823.5亿美元;进出口;usd]],增长[[p 9.3%;进出口;usdg]]。
从月度看,1-9月全区进出口[[m 5217.9亿元;进出口;ytd9;pe=2026-01/2026-09]],分季度看,一季度、二季度、三季度分别进出口[[m 1598.2亿元;进出口;q1;pe=2026-01/2026-03]]、[[m 1786.4亿元;进出口;q2;pe=2026-04/2026-06]]和[[m 1833.3亿元;进出口;q3;pe=2026-07/2026-09]],逐季回升。10月当月,全区进出口[[m 642.5亿元;进出口;oct;pe=2026-10]],同比增长[[p 12.4%;进出口;octg;pe=2026-10]],环比增长[[p 3.1%;进出口;octm;pe=2026-10]];其中出口[[m 351.2亿元;出口;octex;pe=2026-10]],进口[[m 291.3亿元;进口;octim;pe=2026-10]],当月进出口规模创年内新高,其中出口机电产品[[m 183.6亿元;出口机电产品;octmech;pe=2026-10]],占当月出口的[[p 52.3%;出口机电产品;octmechsh;pe=2026-10]]。
一、一般贸易主导地位稳固,边境贸易保持增长
前10个月,全区以一般贸易方式进出口[[m 3126.8亿元;一般贸易方式进出口;gen]],增长[[p 9.4%;一般贸易方式进出口;geng]],占全区外贸总值的[[p 53.4%;一般贸易方式进出口;gensh]],比上年同期提升[[p 0.4个百分点;一般贸易方式进出口;genpp]];边境贸易进出口[[m 1024.6亿元;边境贸易进出口;bor]],增长[[p 7.1%;边境贸易进出口;borg]],其中边民互市贸易进出口[[m 412.7亿元;边民互市贸易进出口;hushi]],占边境贸易的[[p 40.3%;边民互市贸易进出口;hushish]];加工贸易进出口[[m 1108.5亿元;加工贸易进出口;proc]],下降[[p 1.8%;加工贸易进出口;procg]]。
二、东盟继续保持第一大贸易伙伴地位
前10个月,广西对东盟进出口[[m 2431.5亿元;对东盟进出口;asean]],增长[[p 10.3%;对东盟进出口;aseang]],占全区外贸总值的[[p 41.5%;对东盟进出口;aseansh]]。其中,对越南进出口[[m 1520.3亿元;对越南进出口;vn]],增长[[p 8.8%;对越南进出口;vng]],占对东盟进出口的[[p 62.5%;对越南进出口;vnsh]];对泰国、印度尼西亚、马来西亚分别进出口[[m 236.4亿元;对泰国;th]]、[[m 198.7亿元;印度尼西亚;id]]和[[m 163.9亿元;马来西亚;my]]。对《区域全面经济伙伴关系协定》(RCEP)其他成员国进出口[[m 2795.6亿元;对《区域全面经济伙伴关系协定》(RCEP)其他成员国进出口;rcep]],增长[[p 9.1%;对《区域全面经济伙伴关系协定》(RCEP)其他成员国进出口;rcepg]],占[[p 47.7%;对《区域全面经济伙伴关系协定》(RCEP)其他成员国进出口;rcepsh]],其中对日本、韩国分别进出口[[m 118.3亿元;对日本;jp]]、[[m 142.6亿元;韩国;kr]]。同期,对欧盟进出口[[m 402.6亿元;对欧盟进出口;eu]],增长[[p 6.9%;对欧盟进出口;eug]];对美国进出口[[m 338.2亿元;对美国进出口;us]],下降[[p 4.2%;对美国进出口;usg]],占[[p 5.8%;对美国进出口;ussh]];对共建"一带一路"国家进出口[[m 3954.1亿元;对共建"一带一路"国家进出口;bri]],占[[p 67.5%;对共建"一带一路"国家进出口;brish]]。
三、民营企业外贸主力军作用凸显
前10个月,全区有进出口实绩的外贸企业[[c 4126家;有进出口实绩的外贸企业;firms]],比上年同期增加[[c 287家;有进出口实绩的外贸企业;firmsd]]。其中,民营企业[[c 3512家;民营企业;fpriv]],外商投资企业[[c 398家;外商投资企业;ffdi]],国有企业[[c 241家;国有企业;fsoe]],民营企业数量占[[p 85.1%;民营企业;fprivsh]]。民营企业进出口[[m 4318.7亿元;民营企业进出口;priv]],增长[[p 9.8%;民营企业进出口;privg]],占全区外贸总值的[[p 73.7%;民营企业进出口;privsh]];外商投资企业进出口[[m 854.2亿元;外商投资企业进出口;fdi]],增长[[p 5.2%;外商投资企业进出口;fdig]];国有企业进出口[[m 687.5亿元;国有企业进出口;soe]],增长[[p 6.1%;国有企业进出口;soeg]]。
四、机电产品出口增势较好,劳动密集型产品出口有所回落
前10个月,全区出口机电产品[[m 1645.9亿元;机电产品;mech]],增长[[p 14.7%;机电产品;mechg]],占出口总值的[[p 51.9%;机电产品;mechsh]]。其中,电子元件[[m 286.3亿元;电子元件;chip]]、汽车零配件[[m 174.8亿元;汽车零配件;auto]],分别增长[[p 21.6%;电子元件;chipg]]和[[p 17.3%;汽车零配件;autog]]。出口劳动密集型产品[[m 318.4亿元;劳动密集型产品;lab]],下降[[p 2.6%;劳动密集型产品;labg]],占[[p 10.0%;劳动密集型产品;labsh]]。进口方面,进口机电产品[[m 754.6亿元;进口机电产品;immech]],增长[[p 4.8%;进口机电产品;immechg]],占进口总值的[[p 28.1%;进口机电产品;immechsh]];进口金属矿砂[[m 612.3亿元;金属矿砂;ore]],增长[[p 3.4%;金属矿砂;oreg]];进口农产品[[m 401.5亿元;农产品;agri]],增长[[p 12.9%;农产品;agrig]],其中进口水果[[m 156.8亿元;水果;fruit]],占进口农产品的[[p 39.1%;水果;fruitsh]]。
五、沿边沿海城市外贸支撑作用明显
分地市看,前10个月崇左市进出口[[m 1683.2亿元;进出口;cz;pl=崇左市]],南宁市[[m 1302.7亿元;进出口;nn;pl=南宁市]],钦州市[[m 986.1亿元;进出口;qz;pl=钦州市]],防城港市[[m 724.3亿元;进出口;fcg;pl=防城港市]],上述[[c 4个;市;n4]]市进出口合计[[m 4696.3亿元;进出口;top4]],占全区的[[p 80.1%;进出口;top4sh]]。全区进出口超过百亿元的设区市有[[c 6个;设区市;n6]]:崇左、南宁、钦州、防城港、北海、玉林。其中钦州市进出口增速最快,增长[[p 18.5%;进出口;qzg;pl=钦州市]];北海市进出口[[m 287.6亿元;进出口;bh;pl=北海市]],增长[[p 6.4%;进出口;bhg;pl=北海市]]。
六、外贸新业态和通道建设加快发展
前10个月,全区跨境电商进出口[[m 268.4亿元;跨境电商进出口;cbe]],增长[[p 24.6%;跨境电商进出口;cbeg]],其中出口[[m 192.5亿元;跨境电商;cbeex]],进口[[m 75.9亿元;跨境电商;cbeim]];市场采购贸易方式出口[[m 95.3亿元;市场采购贸易方式出口;mkt]],增长[[p 31.2%;市场采购贸易方式出口;mktg]]。西部陆海新通道海铁联运班列开行[[c 8426列;海铁联运班列;train]],比上年同期增加[[c 983列;海铁联运班列;traind]],增长[[p 13.2%;海铁联运班列;traing]]。
南宁海关持续深化通关便利化改革,截至10月底,关区经海关认证的AEO高级认证企业达到[[c 126家;AEO高级认证企业;aeo;pe=../2026-10]],今年以来新增[[c 18家;AEO高级认证企业;aeon]];"两步申报"业务量占进口报关单总量的[[p 46.2%;"两步申报"业务量;twostep]],比上年同期提高[[p 7.5个百分点;"两步申报"业务量;twosteppp]]。全区[[c 25个;开放口岸;ports;pe=../2026-10]]开放口岸中,边境公路口岸[[c 12个;边境公路口岸;rports;pe=../2026-10]],占[[p 48%;边境公路口岸;rportsh;pe=../2026-10]]。
南宁海关有关负责人表示,当前外部环境仍然复杂严峻,部分市场需求有所放缓,但广西外贸结构持续优化、新动能加快成长的态势没有改变。下一步将持续优化口岸营商环境,力争全年全区进出口突破[[m 7000亿元;进出口;tgt;pe=2026,q=over]],全年进出口增速保持在[[p 8%;进出口;tgtg;pe=2026,q=over]]以上。
注:本文数据均为初步统计数,部分数据因四舍五入原因,存在总计与分项合计不等的情况。
责任编辑:韦晓林
相关链接:2026年前三季度广西外贸进出口情况
主办单位:中华人民共和国南宁海关 地址:南宁市青秀区金浦路 网站标识码:0000000000 桂ICP备00000000号
"""
text, facts = mark(SRC)
final, flat, ids = finish(DOC, text, facts, P, YTD)
A = Audit(DOC, ids); V = A.V
A.sum('tot', ['ex', 'im'], "出口 3172.6 + 进口 2687.8 = {s:.0f} 元,等于进出口总值。")
A.add('sum', 'consistent' if round(V('ex')-V('im'),4)==V('bal') else 'inconsistent', ['bal','ex','im'], round(V('ex')-V('im'),4), V('bal'), f"顺差 = 出口 − 进口 = 3172.6 − 2687.8 = {round((V('ex')-V('im'))/1e8,1)} 亿元。")
A.growth('totg', 'tot', 'tot0', "5860.4 ÷ 5396.3 − 1 = {x}%。")
A.unver('growth', ['exg', 'ex'], "出口增长 11.2%,上年同期出口未给出。")
A.unver('growth', ['img', 'im'], "进口增长 5.7%,上年同期进口未给出。")
A.unver('growth', ['usdg', 'usd'], "以美元计增长 9.3%,上年同期美元数未给出。")
A.sum('tot', ['ytd9', 'oct'], "1-9月 5217.9 + 10月 642.5 = {s:.0f} 元,等于前10个月累计。")
A.sum('ytd9', ['q1', 'q2', 'q3'], "一季度 1598.2 + 二季度 1786.4 + 三季度 1833.3 = {s:.0f} 元,等于1-9月累计。")
A.rate('fprivsh', 'fpriv', 'firms', "3512 ÷ 4126 = {x}%(按所报合计)。")
A.rate('immechsh', 'immech', 'im', "754.6 ÷ 2687.8 = {x}%。")
A.sum('cbe', ['cbeex', 'cbeim'], "跨境电商出口 192.5 + 进口 75.9 = {s:.0f} 元,等于跨境电商进出口。")
A.add('growth', 'consistent' if round(V('traind')/(V('train')-V('traind'))*100,1)==V('traing') else 'inconsistent', ['traing','train','traind'], round(V('traind')/(V('train')-V('traind'))*100,4), V('traing'), f"上年同期 8426 − 983 = {V('train')-V('traind')} 列;983 ÷ {V('train')-V('traind')} = {round(V('traind')/(V('train')-V('traind'))*100,4)}%。")
A.partof('aeo', 'aeon', "今年新增 18 家在截至10月底的 126 家之内。")
A.partof('ports', 'rports', "边境公路口岸 12 个在开放口岸 25 个之内。")
A.rate('rportsh', 'rports', 'ports', "12 ÷ 25 = {x}%。", dec=0)
A.unver('growth', ['twosteppp', 'twostep'], "提高 7.5 个百分点,上年同期占比未给出。")
A.sum('oct', ['octex', 'octim'], "10月出口 351.2 + 进口 291.3 = {s:.0f} 元,等于当月进出口。")
A.partof('tot', 'oct', "10月当月 642.5 亿元在前10个月 5860.4 亿元之内。")
A.unver('growth', ['octg', 'oct'], "10月同比 12.4%,上年10月数未给出。")
A.unver('growth', ['octm', 'oct'], "10月环比 3.1%,9月当月数未单独给出(1-9月累计不能拆出9月)。")
A.rate('gensh', 'gen', 'tot', "3126.8 ÷ 5860.4 = {x}%。")
A.unver('growth', ['genpp', 'gensh'], "比上年同期提升 0.4 个百分点,上年同期占比未给出。")
A.unver('growth', ['geng', 'gen'], "一般贸易增长 9.4%,上年同期数未给出。")
A.partof('tot', 'bor', "边境贸易 1024.6 亿元在全区总值之内。")
A.partof('bor', 'hushi', "边民互市 412.7 亿元是边境贸易 1024.6 亿元的一部分。")
A.rate('hushish', 'hushi', 'bor', "412.7 ÷ 1024.6 = {x}%。")
A.add('bound', 'consistent' if V('gen')+V('proc') <= V('tot') else 'inconsistent', ['tot','gen','proc'], [0, V('tot')], round(V('gen')+V('proc'),4), "一般贸易 3126.8 + 加工贸易 1108.5 = 4235.3 亿元,不超过总值 5860.4 亿元(其余为边境贸易等方式,边境贸易与其他方式口径交叉,不做求和)。")
A.rate('aseansh', 'asean', 'tot', "2431.5 ÷ 5860.4 = {x}%。")
A.rate('vnsh', 'vn', 'asean', "1520.3 ÷ 2431.5 = {x}%。")
s = round(V('vn')+V('th')+V('id')+V('my'),4)
A.add('bound', 'consistent' if s <= V('asean') else 'inconsistent', ['asean','vn','th','id','my'], [0, V('asean')], s, f"越南、泰国、印度尼西亚、马来西亚合计 {s/1e8:.1f} 亿元,不超过对东盟 2431.5 亿元。")
A.rate('rcepsh', 'rcep', 'tot', "2795.6 ÷ 5860.4 = {x}%。")
s = V('asean')+V('jp')+V('kr')
A.add('bound', 'consistent' if s <= V('rcep') else 'inconsistent', ['rcep','asean','jp','kr'], [0, V('rcep')], s, f"东盟、日本、韩国均为 RCEP 成员:2431.5 + 118.3 + 142.6 = {s/1e8:.1f} 亿元,不超过 2795.6 亿元。")
A.rate('octmechsh', 'octmech', 'octex', "10月 183.6 ÷ 351.2 = {x}%。")
A.partof('mech', 'octmech', "10月出口机电产品 183.6 亿元在前10个月 1645.9 亿元之内。")
A.rate('ussh', 'us', 'tot', "338.2 ÷ 5860.4 = {x}%。")
A.rate('brish', 'bri', 'tot', "3954.1 ÷ 5860.4 = {x}%。")
A.add('bound', 'consistent' if V('asean') <= V('bri') else 'inconsistent', ['bri','asean'], [0, V('bri')], V('asean'), "东盟国家均为共建“一带一路”国家:对东盟 2431.5 亿元不超过 3954.1 亿元。")
A.unver('growth', ['aseang','asean'], "对东盟增长 10.3%,上年同期数未给出。")
A.unver('growth', ['usg','us'], "对美国下降 4.2%,上年同期数未给出。")
A.sum('firms', ['fpriv', 'ffdi', 'fsoe'], "民营 3512 + 外资 398 + 国有 241 = {s:.0f} 家,与合计 4126 家不符(多 25 家):植入的不一致。")
A.unver('growth', ['firmsd','firms'], "增加 287 家,上年同期企业数未给出。")
A.sum('tot', ['priv', 'fdi', 'soe'], "民营 4318.7 + 外资 854.2 + 国有 687.5 = {s:.0f} 元,等于总值。")
A.rate('privsh', 'priv', 'tot', "4318.7 ÷ 5860.4 = {x}%。")
A.rate('mechsh', 'mech', 'ex', "占出口总值:1645.9 ÷ 3172.6 = {x}%。")
A.partof('mech', 'chip', "电子元件 286.3 亿元是机电产品出口的一部分。")
A.partof('mech', 'auto', "汽车零配件 174.8 亿元是机电产品出口的一部分。")
A.rate('labsh', 'lab', 'ex', "占出口总值:318.4 ÷ 3172.6 = {x}%。")
A.add('bound', 'consistent' if V('mech')+V('lab') <= V('ex') else 'inconsistent', ['ex','mech','lab'], [0, V('ex')], round(V('mech')+V('lab'),4), "机电产品与劳动密集型产品合计 1964.3 亿元不超过出口 3172.6 亿元。")
A.add('bound', 'consistent' if V('ore')+V('agri')+V('immech') <= V('im') else 'inconsistent', ['im','immech','ore','agri'], [0, V('im')], round(V('ore')+V('agri')+V('immech'),4), "机电产品、金属矿砂与农产品合计 1768.4 亿元不超过进口 2687.8 亿元。")
A.rate('fruitsh', 'fruit', 'agri', "156.8 ÷ 401.5 = {x}%。")
A.sum('top4', ['cz', 'nn', 'qz', 'fcg'], "崇左 1683.2 + 南宁 1302.7 + 钦州 986.1 + 防城港 724.3 = {s:.0f} 元,等于四市合计。")
A.rate('top4sh', 'top4', 'tot', "4696.3 ÷ 5860.4 = {x}%。")
A.add('enumeration', 'consistent', ['n4'], 4, 4, "上述 4 市:崇左、南宁、钦州、防城港。")
A.add('enumeration', 'consistent', ['n6'], 6, 6, "列出崇左、南宁、钦州、防城港、北海、玉林,共 6 个。")
s = round(V('top4')+V('bh'),4)
A.add('bound', 'consistent' if s <= V('tot') else 'inconsistent', ['tot','top4','bh'], [0, V('tot')], s, f"五市合计 {s/1e8:.1f} 亿元不超过全区 5860.4 亿元(玉林另有 100 亿元以上,合计 {s/1e8+100:.1f} 亿元仍不超过)。")
A.add('bound', 'consistent' if V('bh') > 1e10 else 'inconsistent', ['bh'], [1e10, None], V('bh'), "北海市列为超过百亿元的设区市:287.6 亿元超过 100 亿元。")
A.add('bound', 'consistent' if V('tgt') >= V('tot') else 'inconsistent', ['tgt','tot'], [V('tot'), None], V('tgt'), "全年目标 7000 亿元以上不低于前10个月已完成的 5860.4 亿元(目标,与实绩分开)。")
open('/work/blind20/'+DOC+'.txt','w').write(final)
open('/work/blind20/'+DOC+'.facts.jsonl','w').write(dump_facts(facts))
open('/work/blind20/'+DOC+'.audit.jsonl','w').write(A.dump())
print(len(final), 'chars', len(flat), 'flat;', collections.Counter(f['type'] for f in facts), len(facts), collections.Counter((a['check'],a['verdict']) for a in A.rows), len(A.rows))
for a in A.rows:
    if a['verdict'] != 'unverifiable': print(a['check'], a['verdict'], a['expected'], a['observed'])
print('uncovered:', uncovered(flat, facts))
