"""A city's report that names neither its area nor a year, shared by the tests of joined pages
(tests/test_document_places.py, tests/test_document_scope.py): written for them."""

REPORT_NO_AREA_NO_YEAR = """某市政府工作报告
——在某市第八届人民代表大会第四次会议上
各位代表：
去年全市新增城镇就业5.2万人，新建改建农村公路310公里，城乡居民收入增长与经济增长基本同步。
全市空气质量优良天数比例保持在八成以上，长江干流水质稳定在二类，生态环境持续向好。
教育、医疗、养老等公共服务不断完善，一批群众急难愁盼问题得到解决，社会大局和谐稳定。
今年，全市将新开工保障性住房1200套，改造老旧小区一百个，让更多群众住上好房子。
"""
