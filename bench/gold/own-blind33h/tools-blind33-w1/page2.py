"""city-bulletin-web: 曲靖市 (云南省) 2025年国民经济和社会发展统计公报 (excerpt) on its statistics bureau site."""
import sys
sys.path.insert(0, '/work/base/own33/w1/tools')
from gen import build, Audit, write, r, jnum, D

DOC = 'city-bulletin-web'
Y = '2025'
E = '../2025-12'
# ---- numbers chosen here; everything printed is derived from them ----
p1, p2, p3 = D('712.48'), D('1694.27'), D('1808.61')
gdp = p1 + p2 + p3                                           # 4215.36
struct = [r(x / gdp * 100) for x in (p1, p2, p3)]
priv = D('2013.56')
privsh = r(priv / gdp * 100)
pop, popd = D('572.63'), D('1.48')                           # 常住人口 year end (万人), fall over the year
pop0 = pop + popd
avgpop = (pop + pop0) / 2
gdppc = r(gdp * 10 ** 8 / (avgpop * 10 ** 4), 0)
counties = [('麒麟区', D('1086.52')), ('宣威市', D('612.38')), ('陆良县', D('528.16')), ('会泽县', D('503.74')),
            ('沾益区', D('418.65')), ('富源县', D('396.27')), ('罗平县', D('312.84')), ('师宗县', D('186.93'))]
counties.append(('马龙区', gdp - sum(v for _, v in counties)))
qlsh = r(counties[0][1] / gdp * 100)
ag = [('农业产值', D('682.15'), '4.8'), ('林业产值', D('58.36'), '6.1'), ('牧业产值', D('378.94'), '3.2'),
      ('渔业产值', D('12.67'), '2.5'), ('农林牧渔专业及辅助性活动产值', D('54.30'), '7.6')]
agtot = sum(v for _, v, _ in ag)
ind, cons = D('1296.48'), p2 - D('1296.48')                  # 全部工业 + 建筑业 = 第二产业
tb = [('第一产业投资', D('86.42'), D('12.5')), ('第二产业投资', D('742.18'), D('9.8')),
      ('工业投资', D('728.65'), D('10.3')), ('第三产业投资', D('1120.37'), D('1.2')),
      ('基础设施投资', D('486.21'), D('3.7'))]
main3 = [tb[0], tb[1], tb[3]]
inv = sum(v for _, v, _ in main3)
invg = r((inv / sum(v / (1 + g / 100) for _, v, g in main3) - 1) * 100)
indinvsh = r(tb[2][1] / inv * 100)
big, bigsh = D('612.4'), None
bigsh = r(big / inv * 100)
hj, hj_u, hj_r, hj_m, hj_f = D('668.42'), D('236.15'), D('432.27'), D('344.86'), D('323.56')
assert hj_u + hj_r == hj and hj_m + hj_f == hj
urb = D('301.26')
urbsh_true = r(urb / pop * 100)                               # 52.6
urbsh = D('53.6')                                             # PLANTED: printed one point too high
births, deaths = D('5.62'), D('4.71')
br = r(births / avgpop * 1000, 2)
dr = r(deaths / avgpop * 1000, 2)
nr = br - dr
srev, sprof = D('3586.4'), D('186.2')
smargin = r(sprof / srev * 100, 2)
lossn, sentn = 148, 1046
losssh = r(D(lossn) / sentn * 100)
old = D('112.35')
oldsh = r(old / pop * 100)
cg_lo, cg_hi = D('3.6'), D('6.8')
fis, tax = D('186.74'), D('121.35')
taxsh = r(tax / fis * 100)
veg = D('132.64')
vegsh = r(veg / ag[0][1] * 100)

cl = ''.join(f'{n}[[m {v}亿元;地区生产总值;c{i};pl={n}]]、' for i, (n, v) in enumerate(counties[:4]))[:-1]
rest_names = '、'.join(n for n, _ in counties[4:])
rest_vals = '、'.join(f'[[m {v}亿元;地区生产总值;c{i + 4};pl={n}]]' for i, (n, v) in enumerate(counties[4:]))
agl = ';'.join(f'{n}[[m {v}亿元;{n};a{i}]],增长[[p {g}%;{n};ag{i}]]' for i, (n, v, g) in enumerate(ag))
tbl = '\n'.join([
    f'第一产业投资 | [[m {tb[0][1]};第一产业投资;t0;v={tb[0][1]},mul=100000000,u=元]] | [[p {tb[0][2]};第一产业投资;tg0;v={tb[0][2]},u=%]]',
    f'第二产业投资 | [[m {tb[1][1]};第二产业投资;t1;v={tb[1][1]},mul=100000000,u=元]] | [[p {tb[1][2]};第二产业投资;tg1;v={tb[1][2]},u=%]]',
    f'  其中:工业投资 | [[m {tb[2][1]};工业投资;t2;v={tb[2][1]},mul=100000000,u=元]] | [[p {tb[2][2]};工业投资;tg2;v={tb[2][2]},u=%]]',
    f'第三产业投资 | [[m {tb[3][1]};第三产业投资;t3;v={tb[3][1]},mul=100000000,u=元]] | [[p {tb[3][2]};第三产业投资;tg3;v={tb[3][2]},u=%]]',
    f'  其中:基础设施投资 | [[m {tb[4][1]};基础设施投资;t4;v={tb[4][1]},mul=100000000,u=元]] | [[p {tb[4][2]};基础设施投资;tg4;v={tb[4][2]},u=%]]',
    f'合计 | [[m {inv};固定资产投资;tt;v={inv},mul=100000000,u=元]] | [[p {invg};固定资产投资;ttg;v={invg},u=%]]'])

SRC = f"""首页 > 统计数据 > 统计公报
曲靖市2025年国民经济和社会发展统计公报(摘要)
发布时间:2026-04-08 09:30  来源:曲靖市统计局  浏览次数:2316
【字体:大 中 小】
曲靖市统计局 国家统计局曲靖调查队
2026年4月8日
2025年,面对复杂多变的外部环境,全市坚持稳中求进工作总基调,经济运行总体平稳、稳中有进,高质量发展取得新成效。
一、综合
初步核算,全年全市地区生产总值[[m {gdp}亿元;地区生产总值;gdp]],按不变价格计算,比上年增长[[p 5.3%;地区生产总值;gdpg]]。其中,第一产业增加值[[m {p1}亿元;第一产业增加值;p1]],增长[[p 4.1%;第一产业增加值;p1g]];第二产业增加值[[m {p2}亿元;第二产业增加值;p2]],增长[[p 6.2%;第二产业增加值;p2g]];第三产业增加值[[m {p3}亿元;第三产业增加值;p3]],增长[[p 4.9%;第三产业增加值;p3g]]。三次产业结构为{struct[0]}:{struct[1]}:{struct[2]}。按年平均常住人口计算,全年人均地区生产总值[[m {gdppc}元;人均地区生产总值;gdppc]]。非公有制经济增加值[[m {priv}亿元;非公有制经济增加值;priv]],占全市地区生产总值的[[p {privsh}%;非公有制经济增加值;privsh]]。全年城镇新增就业[[c 6.12万人;城镇新增就业;job]],城镇调查失业率[[p 5.1%;城镇调查失业率;unemp]]。居民消费价格比上年上涨[[p 0.6%;居民消费价格;cpi]],其中食品烟酒类价格下降[[p 0.8%;食品烟酒类价格;food]]。全年一般公共预算收入[[m {fis}亿元;一般公共预算收入;fis]],增长[[p 3.2%;一般公共预算收入;fisg]],其中税收收入[[m {tax}亿元;税收收入;tax]],占[[p {taxsh}%;税收收入;taxsh]]。
全市[[c {len(counties)}个;县(市、区);ncty]]县(市、区)中,地区生产总值超过[[m 500亿元;地区生产总值超过500亿元;thr;q=lower_bound]]的有[[c 4个;地区生产总值超过500亿元;n500]],分别是{cl};{rest_names}分别为{rest_vals}。麒麟区占全市的[[p {qlsh}%;地区生产总值;qlsh;pl=麒麟区]]。各县(市、区)地区生产总值增速介于[[p {cg_lo}%至{cg_hi}%;地区生产总值增速;crange;v={cg_lo},vm={cg_hi},u=%,dec=1,q=range]]之间。
二、农业
全年全市农林牧渔业总产值[[m {agtot}亿元;农林牧渔业总产值;agtot]],比上年增长[[p 4.3%;农林牧渔业总产值;agtotg]]。其中,{agl}。全年烟叶收购金额[[m 64.25亿元;烟叶收购金额;tob]],增长[[p 3.6%;烟叶收购金额;tobg]];蔬菜产值[[m {veg}亿元;蔬菜产值;veg]],占农业产值的[[p {vegsh}%;蔬菜产值;vegsh]]。{{{{pe={E}}}}}年末全市农民专业合作社[[c 7826个;农民专业合作社;coop]],家庭农场[[c 5318个;家庭农场;farm]]。{{{{pe={Y}}}}}全年生猪出栏[[c 512.6万头;生猪出栏;pig]],增长[[p 2.1%;生猪出栏;pigg]];年末生猪存栏[[c 368.4万头;生猪存栏;pigs;pe={E}]]。
三、工业和建筑业
全年全部工业增加值[[m {ind}亿元;全部工业增加值;ind]],比上年增长[[p 6.9%;全部工业增加值;indg]]。规模以上工业增加值增长[[p 7.4%;规模以上工业增加值;sindg]]。年末规模以上工业企业[[c 1046户;规模以上工业企业;sent;pe={E}]],比上年末增加[[c 58户;规模以上工业企业;sentd]]。在规模以上工业中,能源工业增加值增长[[p 9.2%;能源工业增加值;eng]],非能源工业增长[[p 5.8%;非能源工业;neng]]。规模以上工业企业实现营业收入[[m {srev}亿元;营业收入;srev]],增长[[p 6.7%;营业收入;srevg]];利润总额[[m {sprof}亿元;利润总额;sprof]],增长[[p 8.5%;利润总额;sprofg]],营业收入利润率[[p {smargin}%;营业收入利润率;smargin]];亏损企业[[c {lossn}户;亏损企业;lossn]],亏损面[[p {losssh}%;亏损面;losssh]]。绿色铝、硅光伏、新能源电池三大产业增加值占规模以上工业的[[p 38.6%;三大产业增加值;n3sh]],其中绿色铝产业增加值增长[[p 14.6%;绿色铝产业增加值;alu]]。全年建筑业增加值[[m {cons}亿元;建筑业增加值;cons]],增长[[p 3.4%;建筑业增加值;consg]];建筑业总产值[[m 1268.5亿元;建筑业总产值;consout]],增长[[p 4.2%;建筑业总产值;consoutg]]。年末具有资质等级的建筑业企业[[c 612家;建筑业企业;cent;pe={E}]]。
四、固定资产投资
全年全市固定资产投资比上年增长[[p {invg}%;固定资产投资;invg]]。其中,工业投资占固定资产投资的比重为[[p {indinvsh}%;工业投资;indinvsh]]。全年新开工亿元以上项目[[c 268个;新开工亿元以上项目;bign]],完成投资[[m {big}亿元;完成投资;big]],占全部投资的[[p {bigsh}%;完成投资;bigsh]]。民间投资增长[[p 2.3%;民间投资;pinvg]],占全部投资的[[p 42.4%;民间投资;pinvsh]];房地产开发投资下降[[p 11.6%;房地产开发投资;reinv]],商品房销售额[[m 248.6亿元;商品房销售额;resale]],下降[[p 9.2%;商品房销售额;resaleg]]。
表1 2025年全市分产业固定资产投资(单位:亿元)
指标 | 绝对数 | 比上年增长(%)
{tbl}
五、人口
{{{{pe={E}}}}}年末全市户籍人口[[c {hj}万人;户籍人口;hj]],其中城镇人口[[c {hj_u}万人;城镇人口;hju]],乡村人口[[c {hj_r}万人;乡村人口;hjr]];男性人口[[c {hj_m}万人;男性人口;hjm]],女性人口[[c {hj_f}万人;女性人口;hjf]]。年末常住人口[[c {pop}万人;常住人口;pop]],比上年末减少[[c {popd}万人;常住人口;popd;pe={Y}]],其中城镇常住人口[[c {urb}万人;城镇常住人口;urb]],常住人口城镇化率[[p {urbsh}%;常住人口城镇化率;urbsh]];60周岁及以上人口[[c {old}万人;60周岁及以上人口;old]],占常住人口的[[p {oldsh}%;60周岁及以上人口;oldsh]]。{{{{pe={Y}}}}}全年出生人口[[c {births}万人;出生人口;births]],出生率[[p {br}‰;出生率;br]];死亡人口[[c {deaths}万人;死亡人口;deaths]],死亡率[[p {dr}‰;死亡率;dr]];人口自然增长率[[p {nr}‰;人口自然增长率;nr]]。
注:1.本公报中部分数据为初步统计数。2.地区生产总值、各产业增加值绝对数按现价计算,增长速度按不变价格计算。3.部分数据因四舍五入的原因,存在总计与分项合计不等的情况。
【打印本页】【关闭窗口】
"""

text, facts, I = build(DOC, SRC, '曲靖市', Y)
A = Audit(DOC, I)
A.sum('gdp', ['p1', 'p2', 'p3'], f"三次产业增加值 {p1} + {p2} + {p3} = {{ey}} 亿元,与地区生产总值 {gdp} 亿元相符。")
A.unver('growth', ['gdpg', 'gdp'], "地区生产总值按不变价格计算增长 5.3%:可比价口径,上年现价数亦未给出,无法由名义值核对。")
sh = [r(x / gdp * 100, 4) for x in (p1, p2, p3)]
flat = ''.join(text.split())
rq = f'{struct[0]}:{struct[1]}:{struct[2]}'
assert flat.count(rq) == 1
A.A.append({"doc": DOC, "check": "ratio", "verdict": "consistent",
            "facts": [{"quote": rq, "occurrence": 1}] + A.ref(['p1', 'p2', 'p3', 'gdp']),
            "expected": [jnum(x) for x in sh], "observed": [jnum(x) for x in struct],
            "explanation": f"三次产业增加值各占地区生产总值:{p1}÷{gdp}={sh[0]}%,{p2}÷{gdp}={sh[1]}%,{p3}÷{gdp}={sh[2]}%,"
                           f"与结构 {rq} 在舍入精度内一致。"})
assert all(abs(a - b) <= D('0.05') for a, b in zip(sh, struct))
A.rate('privsh', 'priv', 'gdp', f"非公有制经济增加值 {priv} ÷ 地区生产总值 {gdp} = {{e}}%。")
A.calc('average', 'gdppc', ['gdp', 'pop', 'popd'], lambda g, p, d: g / ((p + p + d) / 2),
       f"年平均常住人口 = ({pop} + {pop0}) ÷ 2 = {avgpop} 万人;{gdp} 亿元 ÷ {avgpop} 万人 = {{e}} 元。")
A.rate('taxsh', 'tax', 'fis', f"税收收入 {tax} ÷ 一般公共预算收入 {fis} = {{e}}%。")
A.sum('gdp', [f'c{i}' for i in range(9)], "九个县(市、区)地区生产总值之和 = {ey} 亿元,与全市 " + str(gdp) + " 亿元相符。")
A.enumeration('ncty', [n for n, _ in counties], "全市称 9 个县(市、区)。")
A.enumeration('n500', [n for n, _ in counties[:4]], "地区生产总值超过500亿元的称 4 个。")
A.bound('thr', ['c3', 'c4'], D(500) * 10 ** 8, None,
        f"列出的四个中最小的会泽县 {counties[3][1]} 亿元超过 500 亿元;未列出的最大者沾益区 {counties[4][1]} 亿元不超过 500 亿元。",
        counties[3][1] * 10 ** 8)
A.rate('qlsh', 'c0', 'gdp', f"麒麟区 {counties[0][1]} ÷ 全市 {gdp} = {{e}}%。")
A.bound('crange', ['gdpg'], cg_lo, cg_hi, f"全市增长 5.3% 落在各县(市、区)增速区间 {cg_lo}%至{cg_hi}% 之内(全市增速应介于各县最低与最高之间)。", D('5.3'))
A.sum('agtot', [f'a{i}' for i in range(5)], " + ".join(str(v) for _, v, _ in ag) + " = {ey} 亿元,与农林牧渔业总产值相符。")
A.rate('vegsh', 'veg', 'a0', f"蔬菜产值 {veg} ÷ 农业产值 {ag[0][1]} = {{e}}%。")
A.unver('growth', ['agtotg', 'agtot'], "农林牧渔业总产值增长 4.3%:按可比价格计算,上年数未给出。")
A.rate('smargin', 'sprof', 'srev', f"利润总额 {sprof} ÷ 营业收入 {srev} = {{e}}%。")
A.rate('losssh', 'lossn', 'sent', f"亏损企业 {lossn} 户 ÷ 规模以上工业企业 {sentn} 户 = {{e}}%。")
A.part_of('p2', ['ind'], f"全部工业增加值 {ind} 亿元在第二产业增加值 {p2} 亿元之内。") if False else None
A.sum('p2', ['ind', 'cons'], f"全部工业 {ind} + 建筑业 {cons} = {{ey}} 亿元,与第二产业增加值 {p2} 亿元相符。")
A.sum('tt', ['t0', 't1', 't3'], f"表1 第一、二、三产业投资 {tb[0][1]} + {tb[1][1]} + {tb[3][1]} = {{ey}} 亿元,与合计 {inv} 相符。")
A.part_of('t1', ['t2'], f"工业投资 {tb[2][1]} 亿元在第二产业投资 {tb[1][1]} 亿元之内。")
A.part_of('t3', ['t4'], f"基础设施投资 {tb[4][1]} 亿元在第三产业投资 {tb[3][1]} 亿元之内。")
A.calc('growth', 'ttg', ['tt', 't0', 'tg0', 't1', 'tg1', 't3', 'tg3'],
       lambda t, a, ga, b, gb, c, gc: (t / (a / (1 + ga / 100) + b / (1 + gb / 100) + c / (1 + gc / 100)) - 1) * 100,
       "由三次产业投资及其增速倒推上年合计 = " + str(r(sum(v / (1 + g / 100) for _, v, g in main3), 2))
       + f" 亿元;{inv} ÷ 该数 − 1 = {{e}}%。")
A.calc('growth', 'invg', ['tt', 't0', 'tg0', 't1', 'tg1', 't3', 'tg3'],
       lambda t, a, ga, b, gb, c, gc: (t / (a / (1 + ga / 100) + b / (1 + gb / 100) + c / (1 + gc / 100)) - 1) * 100,
       f"正文所称固定资产投资增长 {invg}%:由表1 三次产业投资倒推上年合计,{inv} ÷ 该数 − 1 = {{e}}%。")
A.rate('indinvsh', 't2', 'tt', f"工业投资 {tb[2][1]} ÷ 固定资产投资 {inv} = {{e}}%。")
A.rate('bigsh', 'big', 'tt', f"新开工亿元以上项目完成投资 {big} ÷ 固定资产投资 {inv} = {{e}}%。")
A.part_of('tt', ['big'], f"新开工亿元以上项目完成投资 {big} 亿元在固定资产投资 {inv} 亿元之内。")
A.sum('hj', ['hju', 'hjr'], f"城镇 {hj_u} + 乡村 {hj_r} = {{ew}} 万人,与年末户籍人口 {hj} 万人相符。")
A.sum('hj', ['hjm', 'hjf'], f"男性 {hj_m} + 女性 {hj_f} = {{ew}} 万人,与年末户籍人口 {hj} 万人相符。")
A.part_of('pop', ['urb'], f"城镇常住人口 {urb} 万人在常住人口 {pop} 万人之内。")
A.rate('urbsh', 'urb', 'pop', f"城镇常住人口 {urb} ÷ 常住人口 {pop} = {{e}}%,公报称 {urbsh}%", plant=True)
A.rate('oldsh', 'old', 'pop', f"60周岁及以上人口 {old} ÷ 常住人口 {pop} = {{e}}%。")
A.calc('rate', 'br', ['births', 'pop', 'popd'], lambda b, p, d: b / ((p + p + d) / 2) * 1000,
       f"出生人口 {births} 万人 ÷ 年平均常住人口 {avgpop} 万人 = {{e}}‰。")
A.calc('rate', 'dr', ['deaths', 'pop', 'popd'], lambda b, p, d: b / ((p + p + d) / 2) * 1000,
       f"死亡人口 {deaths} 万人 ÷ 年平均常住人口 {avgpop} 万人 = {{e}}‰。")
A.sum('nr', ['br', 'dr'], f"出生率 {br}‰ − 死亡率 {dr}‰ = {{e}}‰,与人口自然增长率 {nr}‰ 相符。", signs=[1, -1])
write('/work/base/own33/w1', DOC, text, facts, A)
