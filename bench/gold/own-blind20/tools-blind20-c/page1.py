import sys; sys.path.insert(0, '/work/blind20c/tools-blind20-c')
from gen import *
DOC = 'env-bulletin'
SRC = """安吉县2025年生态环境状况公报
湖州市生态环境局安吉分局
2026年5月
一、综述
　　2025年，全县上下深入践行“绿水青山就是金山银山”理念，以生态环境质量持续改善为核心，统筹推进大气、水、土壤污染防治和生态保护修复，全县生态环境质量总体保持优良，主要污染物浓度继续下降，环境安全底线守牢，群众生态环境满意度稳步提升。全县辖[[c 14个|乡镇（街道）|nt]]乡镇（街道），本公报数据来源于县域内各类环境监测点位的监测结果。
二、大气环境
　　（一）空气质量总体状况。2025年，全县环境空气质量优良天数[[c 339天|环境空气质量优良天数|good]]，优良天数比例为[[p 92.9%|优良天数比例|goodr]]，比上年提高[[p 2.5个百分点|优良天数比例|goodpp]]；上年优良天数[[c 331天|优良天数|good0|pe=2024]]，比例为[[p 90.4%|优良天数比例|goodr0|pe=2024]]，全年优良天数增加[[c 8天|优良天数|goodd]]。其中，优[[c 168天|优|you]]，良[[c 171天|良|liang]]；轻度污染[[c 22天|轻度污染|l1]]，中度污染[[c 4天|中度污染|l2]]，全年未出现重度及以上污染天气。分时段看，1—6月优良天数[[c 166天|优良天数|h1|pe=2025-01/2025-06]]，比例[[p 91.7%|比例|h1r|pe=2025-01/2025-06]]；7—12月优良天数[[c 173天|优良天数|h2|pe=2025-07/2025-12]]，比例[[p 94.0%|比例|h2r|pe=2025-07/2025-12]]。
　　（二）主要污染物浓度。PM2.5年均浓度为23微克/立方米，比上年的25微克/立方米下降[[p 8.0%|PM2.5年均浓度|pmg]]；PM10年均浓度为41微克/立方米，比上年的43微克/立方米下降[[p 4.7%|PM10年均浓度|pm10g]]；臭氧日最大8小时平均浓度第90百分位数为142微克/立方米，比上年的139微克/立方米上升[[p 2.2%|臭氧日最大8小时平均浓度|o3g]]，臭氧已成为影响全县优良天数的首要污染物。二氧化氮、二氧化硫年均浓度分别为22微克/立方米和6微克/立方米，均达到国家二级标准。
　　（三）乡镇（街道）空气质量。各乡镇（街道）中，优良天数比例最高的为山川乡，达[[p 95.1%|优良天数比例|vmax|pl=山川乡]]；最低的为递铺街道，为[[p 90.7%|优良天数比例|vmin|pl=递铺街道]]。
三、水环境
　　（一）地表水。全县纳入监测的地表水断面[[c 24个|地表水断面|sec]]，其中Ⅰ类[[c 3个|Ⅰ类|s1]]、Ⅱ类[[c 15个|Ⅱ类|s2]]、Ⅲ类[[c 5个|Ⅲ类|s3]]、Ⅳ类[[c 1个|Ⅳ类|s4]]，无Ⅴ类和劣Ⅴ类断面。Ⅰ～Ⅲ类水质断面[[c 23个|Ⅰ～Ⅲ类水质断面|s13]]，占[[p 95.8%|Ⅰ～Ⅲ类水质断面|s13r]]，与上年持平。国控、省控断面[[c 6个|国控、省控断面|ns]]，水质达标率[[p 100%|水质达标率|nsr]]。西苕溪出境断面水质稳定保持Ⅱ类。
　　（二）饮用水水源地。县级以上集中式饮用水水源地[[c 2个|县级以上集中式饮用水水源地|dw]]：赋石水库、老石坎水库，全年水质达标率[[p 100%|水质达标率|dwr]]。
　　（三）污水治理。全县城镇污水处理率[[p 97.3%|城镇污水处理率|]]。截至12月底，全县农村生活污水处理设施[[c 1326个|农村生活污水处理设施|rs|pe=../2025-12]]，其中纳入标准化运维的[[c 1304个|标准化运维|rs1|pe=../2025-12]]，标准化运维覆盖率[[p 98.3%|标准化运维覆盖率|rsr|pe=../2025-12]]。
　　（四）土壤与固体废物。全县布设土壤环境监测点位[[c 42个|土壤环境监测点位|soil]]，其中农用地点位[[c 30个|农用地点位|soil1]]、建设用地点位[[c 12个|建设用地点位|soil2]]，受污染耕地安全利用率[[p 95.2%|受污染耕地安全利用率|]]。一般工业固体废物产生量38.6万吨，综合利用率[[p 98.6%|综合利用率|]]；全县持证危险废物经营单位[[c 3家|危险废物经营单位|]]，危险废物规范化管理抽查合格率[[p 96.0%|危险废物规范化管理抽查合格率|]]。
　　（五）声环境与生态。城区区域声环境昼间平均等效声级为53.2分贝。功能区声环境监测点位[[c 8个|功能区声环境监测点位|noise]]，昼间达标率[[p 100%|昼间达标率|noised]]，夜间达标点位[[c 7个|夜间达标点位|noisen]]，夜间达标率[[p 87.5%|夜间达标率|noiser]]。全县森林覆盖率[[p 70.1%|森林覆盖率|]]，比上年提高[[p 0.2个百分点|森林覆盖率|]]；截至12月底，累计建成省级生态文明建设示范乡镇（街道）[[c 14个|省级生态文明建设示范乡镇（街道）|eco|pe=../2025-12]]，实现全覆盖。
四、生态环境保护投入
　　2025年，全县生态环境保护投入[[m 12.86亿元|生态环境保护投入|inv]]，完成年度计划[[m 12.3亿元|年度计划|invplan]]的[[p 104.6%|生态环境保护投入|invpct]]，比上年的[[m 12.10亿元|生态环境保护投入|inv0|pe=2024]]增加[[m 0.76亿元|生态环境保护投入|invd]]，增长[[p 6.3%|生态环境保护投入|invg]]。其中：水污染防治[[m 4.72亿元|水污染防治|i1]]，占全部投入的[[p 36.7%|水污染防治|i1r]]；大气污染防治[[m 2.15亿元|大气污染防治|i2]]；土壤和固体废物污染防治[[m 1.88亿元|土壤和固体废物污染防治|i3]]；生态保护修复[[m 3.06亿元|生态保护修复|i4]]；环境监管能力建设等[[m 1.05亿元|环境监管能力建设|i5]]。按资金来源分，争取中央和省级资金[[m 3.42亿元|中央和省级资金|src1]]，县级财政安排[[m 5.96亿元|县级财政|src2]]，引导社会资本投入[[m 3.48亿元|社会资本|src3]]，社会资本占比[[p 27.1%|社会资本|src3r]]。“十四五”期间，全县累计投入生态环境保护资金[[m 56.4亿元|生态环境保护资金|fy|pe=2021/2025]]，年均[[m 11.28亿元|生态环境保护资金|fya|pe=2021/2025]]。全年实施生态环境重点项目[[c 5个|生态环境重点项目|proj]]：西苕溪流域综合治理、城区雨污分流改造、工业园区“污水零直排区”提升、废弃矿山生态修复、农村生活污水设施提标改造，完成投资[[m 6.34亿元|完成投资|projinv]]，占全部投入的[[p 49.3%|生态环境重点项目|projr]]。
五、环境执法与信访
　　全年共立案查处环境违法案件[[c 86件|环境违法案件|case]]，比上年的[[c 74件|环境违法案件|case0|pe=2024]]增长[[p 18.9%|环境违法案件|caseg]]；处罚款[[m 612.5万元|罚款|fine]]，案均罚款[[m 7.12万元|案均罚款|finea]]。按类型分，水环境类[[c 31件|水环境类|k1]]、大气环境类[[c 27件|大气环境类|k2]]、固体废物类[[c 18件|固体废物类|k3]]、其他[[c 10件|其他|k4]]。分季度看，一至四季度分别立案[[c 18件|立案|q1|pe=2025-01/2025-03]]、[[c 23件|立案|q2|pe=2025-04/2025-06]]、[[c 26件|立案|q3|pe=2025-07/2025-09]]和[[c 19件|立案|q4|pe=2025-10/2025-12]]。移送公安机关行政拘留案件[[c 5件|移送公安机关行政拘留案件|pol]]。全年开展“双随机、一公开”检查企业[[c 528家次|检查企业|chk]]，其中1—9月[[c 401家次|检查企业|chk9|pe=2025-01/2025-09]]；12月组织冬季大气专项执法，检查涉气企业[[c 63家|涉气企业|gas|pe=2025-12]]，发现问题[[c 17个|问题|gasp|pe=2025-12]]，均已整改到位。
　　全年受理环境信访投诉[[c 1246件|环境信访投诉|pet]]，比上年的[[c 1349件|环境信访投诉|pet0|pe=2024]]下降[[p 7.6%|环境信访投诉|petg]]；办结[[c 1238件|办结|petd]]，办结率[[p 99.4%|办结率|petr]]。
六、2026年目标
　　2026年，全县力争空气质量优良天数比例达到[[p 93%|空气质量优良天数比例|t1|q=over,pe=2026]]以上，PM2.5年均浓度控制在22微克/立方米以内；地表水Ⅰ～Ⅲ类断面比例保持在[[p 95.8%|地表水Ⅰ～Ⅲ类断面比例|t2|q=over,pe=2026]]以上；生态环境保护投入预计[[m 13.5亿元|生态环境保护投入|t3|q=about,pe=2026]]左右，增长[[p 5%|生态环境保护投入|t4|q=about,pe=2026]]左右；农村生活污水处理设施标准化运维覆盖率达到[[p 100%|标准化运维覆盖率|t5|pe=2026]]。
"""
plain, facts, ids = build(DOC, SRC, '安吉县', '2025')
text = layout_pdf(plain, facts, 36, '安吉县2025年生态环境状况公报', 26, first_page=1)
finish(text, facts)
A = Audit(DOC, ids); V = A.V
def rate(claim, num_, den, nd, expl, scale=100, keys_extra=()):
    x = V(num_) / V(den) * scale
    ok = rnd(x, nd) == V(claim)
    A.add('rate', 'consistent' if ok else 'inconsistent', [claim, num_, den, *keys_extra], num(rnd(x, 4)), num(V(claim)), expl.format(x=rnd(x, 2)))
def sumc(total, parts, expl):
    s = sum(V(p) for p in parts)
    A.add('sum', 'consistent' if s == V(total) else 'inconsistent', [total, *parts], num(s), num(V(total)), expl.format(s=s))
def growth(claim, new, old, nd, expl, sign=1):
    x = (V(new) / V(old) - 1) * 100 * sign
    ok = rnd(x, nd) == V(claim)
    A.add('growth', 'consistent' if ok else 'inconsistent', [claim, new, old], num(rnd(x, 4)), num(V(claim)), expl.format(x=rnd(x, 2)))
def diff(claim, new, old, expl, sign=1):
    x = (V(new) - V(old)) * sign
    A.add('growth', 'consistent' if x == V(claim) else 'inconsistent', [claim, new, old], num(x), num(V(claim)), expl.format(x=x))
def part(p, w, expl):
    A.add('part_of', 'consistent' if V(p) <= V(w) else 'inconsistent', [p, w], num(V(w)), num(V(p)), expl)

rate('goodr', 'good', 'good', 1, '')  # placeholder removed below
A.rows.pop()
x = V('good') / 365 * 100
A.add('rate', 'consistent' if rnd(x,1) == V('goodr') else 'inconsistent', ['goodr', 'good'], num(rnd(x,4)), num(V('goodr')), f'优良天数 339 ÷ 全年 365 天 = {rnd(x,2)}%，与 92.9% 一致。')
x = V('good0') / 366 * 100
A.add('rate', 'consistent' if rnd(x,1) == V('goodr0') else 'inconsistent', ['goodr0', 'good0'], num(rnd(x,4)), num(V('goodr0')), f'2024 年（闰年 366 天）331 ÷ 366 = {rnd(x,2)}%，与 90.4% 一致。')
x = V('goodr') - V('goodr0')
A.add('growth', 'consistent' if x == V('goodpp') else 'inconsistent', ['goodpp', 'goodr', 'goodr0'], num(x), num(V('goodpp')), f'92.9% − 90.4% = {x} 个百分点。')
diff('goodd', 'good', 'good0', '339 − 331 = {x} 天。')
sumc('good', ['you', 'liang'], '优 168 + 良 171 = {s} 天，等于优良天数。')
s = V('good') + V('l1') + V('l2')
A.add('sum', 'consistent' if s == 365 else 'inconsistent', ['good', 'l1', 'l2'], num(s), 365, f'优良 339 + 轻度 22 + 中度 4 = {s} 天，等于 2025 年全年天数（无重度及以上）。')
sumc('good', ['h1', 'h2'], '1—6月 166 + 7—12月 173 = {s} 天，等于全年优良天数。')
x = V('h1') / 181 * 100
A.add('rate', 'consistent' if rnd(x,1) == V('h1r') else 'inconsistent', ['h1r', 'h1'], num(rnd(x,4)), num(V('h1r')), f'1—6月 166 ÷ 181 天 = {rnd(x,2)}%。')
x = V('h2') / 184 * 100
A.add('rate', 'consistent' if rnd(x,1) == V('h2r') else 'inconsistent', ['h2r', 'h2'], num(rnd(x,4)), num(V('h2r')), f'7—12月 173 ÷ 184 天 = {rnd(x,2)}%。')
for k, new, old, name, sign in [('pmg', 23, 25, 'PM2.5', -1), ('pm10g', 41, 43, 'PM10', -1), ('o3g', 142, 139, '臭氧', 1)]:
    x = (D(new) / D(old) - 1) * 100 * sign
    A.add('growth', 'consistent' if rnd(x,1) == V(k) else 'inconsistent', [k], num(rnd(x,4)), num(V(k)), f'{name} 浓度 {new} 对上年 {old} 微克/立方米（浓度为数量，不是事实）：变化 {rnd(x,2)}%。')
ok = V('vmin') <= V('goodr') <= V('vmax')
A.add('range', 'consistent' if ok else 'inconsistent', ['goodr', 'vmin', 'vmax'], [num(V('vmin')), num(V('vmax'))], num(V('goodr')), '全县 92.9% 介于乡镇最低 90.7% 与最高 95.1% 之间。')
sumc('sec', ['s1', 's2', 's3', 's4'], 'Ⅰ类 3 + Ⅱ类 15 + Ⅲ类 5 + Ⅳ类 1 = {s} 个断面（无Ⅴ类、劣Ⅴ类）。')
sumc('s13', ['s1', 's2', 's3'], 'Ⅰ～Ⅲ类 3 + 15 + 5 = {s} 个。')
rate('s13r', 's13', 'sec', 1, '23 ÷ 24 = {x}%。')
part('ns', 'sec', '国控、省控 6 个断面不多于纳入监测的 24 个。')
A.add('enumeration', 'consistent', ['dw'], 2, 2, '列出赋石水库、老石坎水库，共 2 个水源地。')
A.add('rate', 'unverifiable', ['nsr', 'ns'], None, 100, '达标率 100%：达标断面数未单列，只能按全部达标理解，无法独立核对。')
rate('rsr', 'rs1', 'rs', 1, '1304 ÷ 1326 = {x}%。')
rate('invpct', 'inv', 'invplan', 1, '12.86 ÷ 12.3 = {x}%。')
diff('invd', 'inv', 'inv0', '12.86 − 12.10 = {x} 元（0.76 亿元）。')
growth('invg', 'inv', 'inv0', 1, '12.86 ÷ 12.10 − 1 = {x}%。')
sumc('inv', ['i1', 'i2', 'i3', 'i4', 'i5'], '4.72 + 2.15 + 1.88 + 3.06 + 1.05 亿元 = {s} 元，等于总投入。')
rate('i1r', 'i1', 'inv', 1, '4.72 ÷ 12.86 = {x}%。')
sumc('inv', ['src1', 'src2', 'src3'], '来源 3.42 + 5.96 + 3.48 亿元 = {s} 元，等于总投入。')
rate('src3r', 'src3', 'inv', 1, '3.48 ÷ 12.86 = {x}%。')
x = V('fy') / 5
A.add('average', 'consistent' if x == V('fya') else 'inconsistent', ['fya', 'fy'], num(x), num(V('fya')), f'“十四五”五年 56.4 亿元 ÷ 5 = {x/100000000} 亿元。')
growth('caseg', 'case', 'case0', 1, '86 ÷ 74 − 1 = {x}%，与所称 18.9% 不符：植入的不一致。')
x = V('fine') / V('case')
A.add('average', 'consistent' if rnd(x/10000, 2) * 10000 == V('finea') else 'inconsistent', ['finea', 'fine', 'case'], num(rnd(x, 2)), num(V('finea')), f'612.5 万元 ÷ 86 件 = {rnd(x,2)} 元，约 7.12 万元。')
sumc('case', ['k1', 'k2', 'k3', 'k4'], '按类型 31 + 27 + 18 + 10 = {s} 件。')
sumc('case', ['q1', 'q2', 'q3', 'q4'], '按季度 18 + 23 + 26 + 19 = {s} 件。')
part('pol', 'case', '移送公安 5 件不多于立案 86 件。')
part('chk9', 'chk', '1—9月 401 家次不多于全年 528 家次。')
part('gasp', 'gas', '')  # placeholder
A.rows.pop()
growth('petg', 'pet', 'pet0', 1, '1246 ÷ 1349 − 1 = −{x}%（下降）。', sign=-1)
rate('petr', 'petd', 'pet', 1, '1238 ÷ 1246 = {x}%。')
part('petd', 'pet', '办结 1238 件不多于受理 1246 件。')
growth('t4', 't3', 'inv', 0, '2026 年预计 13.5 亿元 ÷ 2025 年 12.86 亿元 − 1 = {x}%，约 5%。')
sumc('soil', ['soil1', 'soil2'], '农用地 30 + 建设用地 12 = {s} 个点位。')
rate('noiser', 'noisen', 'noise', 1, '夜间达标 7 ÷ 8 = {x}%。')
A.add('rate', 'unverifiable', ['noised', 'noise'], None, 100, '昼间达标率 100%：昼间达标点位数未写出，只能推知为 8 个，不独立核对。')
A.add('enumeration', 'consistent' if V('eco') == V('nt') else 'inconsistent', ['eco', 'nt'], num(V('nt')), num(V('eco')), '“实现全覆盖”：示范乡镇（街道）14 个等于全县乡镇（街道）14 个。')
A.add('enumeration', 'consistent', ['proj'], 5, 5, '列出西苕溪流域综合治理等 5 个项目，共 5 个。')
rate('projr', 'projinv', 'inv', 1, '6.34 ÷ 12.86 = {x}%。')
part('projinv', 'inv', '重点项目 6.34 亿元不多于总投入 12.86 亿元。')
A.add('bound', 'consistent' if V('t1') > V('goodr') else 'inconsistent', ['t1', 'goodr'], num(V('goodr')), num(V('t1')), '2026 年目标 93% 以上高于 2025 年实际 92.9%，目标与结果分开。')
write('/work/blind20c', DOC, text, facts, A.rows)
for a in A.rows: print(a['check'], a['verdict'], a['expected'], a['observed'])
