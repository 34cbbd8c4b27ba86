-- Reference data for the five countries: countries, statutory rules, public holidays 2026-2027, agencies.
--
-- Everything here is a starting point that an ADMIN can change in the admin screens (country rules,
-- calendar exceptions, agencies). Which values were found in sources and which were chosen as documented
-- defaults is explained per value below and in docs/decisions/002-statutory-rules.md.

-- ---------------------------------------------------------------------------------------------------
-- Countries
-- ---------------------------------------------------------------------------------------------------
-- Time zones: Kazakhstan moved the whole country to UTC+5 on 2024-03-01; Asia/Almaty carries that change
-- in IANA tzdata 2024a and later. Checked with the JDK used here (Temurin 25.0.3, tzdata 2026a):
-- Asia/Almaty is +05:00 throughout 2026 and 2027 (it was +06:00 before 2024-03-01). Asia/Tashkent,
-- Asia/Dushanbe and Asia/Ashgabat are +05:00, Asia/Bishkek +06:00; none of them observes DST.
--
-- Population (latest official figure found, with as-of date):
--   KZ 20 495 975 on 2026-01-01 - Bureau of National Statistics (stat.gov.kz), published 2026-02-02,
--      reported by Kazinform (inform.kz) and Caravan.kz.
--   UZ 38 236 704 on 2026-01-01 - National Statistics Committee (stat.uz), reported by Sputnik Uzbekistan
--      2026-01-29 and Kazinform 2026-02-06.
--   KG  7 395 000 on 2025-12-01 - National Statistical Committee (stat.gov.kg), published in thousands,
--      reported by 24.kg and Kabar 2026-02-03 (no 2026-01-01 figure was found).
--   TJ 10 600 000 on 2025-07-01 - Agency on Statistics under the President (stat.tj): "exceeded 10.6 million",
--      reported by Asia-Plus / CentralAsia.media 2025-08-22; rounded figure, the newest one found.
--   TM  7 057 841 on 2022-12-17 - 2022 population and housing census, State Committee on Statistics,
--      announced at the Cabinet of Ministers 2023-07-14 (turkmenistan.gov.tm); Turkmenistan publishes no
--      regular estimates.
-- UN E-Government Survey values, ranks and internet-user shares: copied from the reference table in
-- DESIGN.md (UN E-Government Surveys 2012 and 2022); Uzbekistan's internet share is only published as
-- ">70%", so the percentage is null and the note keeps the bound.
insert into country (code, name_kk, name_ru, name_en, time_zone, official_languages,
                     population, population_as_of, population_source,
                     egdi_2012, egdi_2022, egdi_rank_2022, epart_2012, epart_2022, epart_rank_2022,
                     internet_users_pct, internet_users_note, sort_order)
values
    ('KZ', 'Қазақстан', 'Казахстан', 'Kazakhstan', 'Asia/Almaty', 'kk,ru',
     20495975, date '2026-01-01',
     'Bureau of National Statistics of the Republic of Kazakhstan (stat.gov.kz), population on 1 January 2026, published 2 February 2026',
     0.6844, 0.8628, 28, 0.9474, 0.8068, 15, 85.90, '85.9%', 1),
    ('UZ', 'Өзбекстан', 'Узбекистан', 'Uzbekistan', 'Asia/Tashkent', 'uz',
     38236704, date '2026-01-01',
     'National Statistics Committee of the Republic of Uzbekistan (stat.uz), permanent population on 1 January 2026',
     0.5099, 0.7265, 69, 0.2368, 0.6136, 55, null, '>70%', 2),
    ('KG', 'Қырғызстан', 'Кыргызстан', 'Kyrgyzstan', 'Asia/Bishkek', 'ky,ru',
     7395000, date '2025-12-01',
     'National Statistical Committee of the Kyrgyz Republic (stat.gov.kg), permanent population on 1 December 2025 (published in thousands)',
     0.4879, 0.6977, 81, 0.2895, 0.5000, 79, 51.10, '51.1%', 3),
    ('TJ', 'Тәжікстан', 'Таджикистан', 'Tajikistan', 'Asia/Dushanbe', 'tg',
     10600000, date '2025-07-01',
     'Agency on Statistics under the President of the Republic of Tajikistan (stat.tj), population on 1 July 2025 ("over 10.6 million", rounded)',
     0.4069, 0.5039, 129, 0.0000, 0.2500, 135, 40.10, '40.1%', 4),
    ('TM', 'Түрікменстан', 'Туркменистан', 'Turkmenistan', 'Asia/Ashgabat', 'tk',
     7057841, date '2022-12-17',
     'State Committee of Turkmenistan on Statistics, 2022 population and housing census (reference date 17 December 2022)',
     0.3813, 0.4808, 137, 0.0000, 0.1023, 180, 38.10, '38.1%', 5);

-- ---------------------------------------------------------------------------------------------------
-- Statutory rules
-- ---------------------------------------------------------------------------------------------------
-- "found"  = the value was confirmed in a source during research (source named);
-- "chosen" = no source could be confirmed; Pikir applies the stated default until an admin changes it.
--
-- KZ appeals (found): Administrative Procedural and Process-Related Code of 29 June 2020 No. 350-VI,
--    art. 76: 15 working days from receipt; a reasoned decision may extend it "for a reasonable time, but to
--    no more than two months" in total. The extension column holds the time on top of the base period, so
--    2 months (~61 days) minus 15 working days (~21 days) is stored as 40 calendar days (chosen rounding).
-- KZ petitions (found): e-petitions on epetition.kz under the APPK chapter on petitions introduced by the
--    October 2023 law on public control, in force since April 2024: 50 000 signatures for the Government
--    level; consideration 40 working days after registration (APPK art. 90-5, as cited by the Ministry of
--    Trade and Integration, baribar.kz 2024). Collection period: 6 months as reported for the bill
--    (Caravan.kz / Sputnik, 2022-12-07) - stored as 180 days; not confirmed in the enacted text (chosen).
-- KZ consultations (chosen): Law "On legal acts" of 6 April 2016 No. 480-V, art. 19, requires public
--    discussion of draft normative acts on the open NPA portal (legalacts.egov.kz). The minimum period
--    could not be confirmed from a source during research; 10 working days is used (our reading of the
--    current text; earlier editions said 10 calendar days).
--
-- UZ appeals (found): Law "On appeals of individuals and legal entities" No. ZRU-445 of 11 September 2017
--    (new edition of ZRU-378 of 3 December 2014), art. 28: applications and complaints within 15 days of
--    receipt, up to one month when extra study is needed; exceptionally extended by the head by up to one
--    month (stored as 30 calendar days). Source: Business Ombudsman of Uzbekistan (biznesombudsman.uz,
--    2024-04-04); Karakalpak text of the law (hozir.org).
-- UZ petitions (found, partly chosen): collective electronic appeals on meningfikrim.uz to the chambers of
--    the Oliy Majlis; threshold 10 000 votes "under the current procedure" (Podrobno.uz, via ria24.today).
--    The brief's 20 000 figure was not confirmed. Collection period 30 days and response 30 days are chosen
--    defaults (not confirmed).
-- UZ consultations (chosen): drafts are discussed on regulation.gov.uz under the Law "On normative legal
--    acts" (ZRU-682, 2021); the minimum period could not be confirmed; 15 calendar days is used.
--
-- KG appeals (found, unit chosen): Law "On the procedure for considering citizens' appeals" of 4 May 2007
--    No. 67: 14 days (24.kg / vb.kg; a 2026 draft law proposes 10 working days - Sputnik Kyrgyzstan
--    2026-01-30, gazeta.kg). Whether the 14 days are working or calendar days could not be confirmed;
--    calendar days are used because they are the stricter reading for the agency. Extension up to 30 days
--    (our reading of art. 8; not confirmed by a source - chosen).
-- KG petitions (chosen, not statutory): no e-petition law found. Threshold 10 000 mirrors the popular
--    legislative initiative of 10 000 voters in the 2021 Constitution; 90 days collection, 30 days response.
-- KG consultations (chosen): Law "On normative legal acts" requires public discussion of drafts; 30 calendar
--    days is used (our reading of the law; not confirmed by a source).
--
-- TJ appeals (chosen from the law's scheme): Law "On appeals of individuals and legal entities" of
--    23 July 2016 No. 1339 (it repealed the 1996 law No. 343 - mmih.tj). The exact article could not be
--    opened; Pikir uses 15 calendar days (appeals not needing extra study), extension up to 30 days.
-- TJ petitions (chosen, not statutory): 10 000 signatures, 90 days, 30 days.
-- TJ consultations (chosen): no general minimum found; 15 calendar days.
--
-- TM appeals (chosen): the 1999 Law "On citizens' appeals and the procedure for their consideration" was
--    repealed from 1 January 2018 by the Law "On administrative procedures" of 3 June 2017 (minjust.gov.tm);
--    the 2025 amendment (No. 155-VII of 12 April 2025, art. 11-1) leaves other appeals to rules approved by
--    the President. No period could be confirmed; 30 calendar days, extension 30 days.
-- TM petitions (chosen, not statutory): 5 000 signatures, 90 days, 30 days.
-- TM consultations (chosen): 15 calendar days.
insert into country_rules (country_code,
                           appeal_period, appeal_period_unit, appeal_extension_max, appeal_extension_unit,
                           appeal_legal_basis,
                           petition_threshold, petition_collection_days, petition_response_days,
                           petition_response_unit, petition_statutory, petition_legal_basis,
                           consultation_min_days, consultation_min_unit, consultation_legal_basis)
values
    ('KZ', 15, 'WORKING_DAYS', 40, 'CALENDAR_DAYS',
     'Administrative Procedural and Process-Related Code of the Republic of Kazakhstan of 29 June 2020 No. 350-VI, art. 76 (15 working days; extension to no more than two months in total)',
     50000, 180, 40, 'WORKING_DAYS', true,
     'APPK chapter on petitions (epetition.kz), introduced by the October 2023 law on public control: 50 000 signatures for the Government level; consideration 40 working days (art. 90-5); 6-month collection as reported for the bill',
     10, 'WORKING_DAYS',
     'Law of the Republic of Kazakhstan "On legal acts" of 6 April 2016 No. 480-V, art. 19 (public discussion on legalacts.egov.kz); minimum period is a Pikir default, not confirmed'),
    ('UZ', 15, 'CALENDAR_DAYS', 30, 'CALENDAR_DAYS',
     'Law of the Republic of Uzbekistan "On appeals of individuals and legal entities" No. ZRU-445 of 11 September 2017 (new edition of ZRU-378), art. 28 (15 days; up to one month; extension by up to one month)',
     10000, 30, 30, 'CALENDAR_DAYS', true,
     'Collective electronic appeals to the chambers of the Oliy Majlis via meningfikrim.uz: 10 000 votes; collection and response periods are Pikir defaults',
     15, 'CALENDAR_DAYS',
     'Law of the Republic of Uzbekistan "On normative legal acts" (ZRU-682, 2021), discussion on regulation.gov.uz; minimum period is a Pikir default'),
    ('KG', 14, 'CALENDAR_DAYS', 30, 'CALENDAR_DAYS',
     'Law of the Kyrgyz Republic "On the procedure for considering citizens'' appeals" of 4 May 2007 No. 67, art. 8 (14 days; extension up to 30 days)',
     10000, 90, 30, 'CALENDAR_DAYS', false,
     'No statutory e-petition scheme; Pikir default mirrors the popular legislative initiative of 10 000 voters (Constitution of 2021)',
     30, 'CALENDAR_DAYS',
     'Law of the Kyrgyz Republic "On normative legal acts" (public discussion of drafts); 30 days is a Pikir default'),
    ('TJ', 15, 'CALENDAR_DAYS', 30, 'CALENDAR_DAYS',
     'Law of the Republic of Tajikistan "On appeals of individuals and legal entities" of 23 July 2016 No. 1339 (periods are a Pikir reading, article not confirmed)',
     10000, 90, 30, 'CALENDAR_DAYS', false,
     'No statutory e-petition scheme; Pikir default',
     15, 'CALENDAR_DAYS',
     'Law of the Republic of Tajikistan "On normative legal acts"; no general minimum discussion period found - Pikir default'),
    ('TM', 30, 'CALENDAR_DAYS', 30, 'CALENDAR_DAYS',
     'Law of Turkmenistan "On administrative procedures" of 3 June 2017 (as amended 12 April 2025 No. 155-VII, art. 11-1); periods are a Pikir default',
     5000, 90, 30, 'CALENDAR_DAYS', false,
     'No statutory e-petition scheme; Pikir default',
     15, 'CALENDAR_DAYS',
     'No statutory public-discussion period found; Pikir default');

-- ---------------------------------------------------------------------------------------------------
-- Public holidays and moved days, 2026 and 2027
-- ---------------------------------------------------------------------------------------------------
-- HOLIDAY rows are non-working days (the holiday itself, also when it falls on a weekend, and the weekday
-- that replaces it); WORKDAY rows are Saturdays/Sundays that become working days by a transfer decree.
-- Islamic feasts: 2026 dates are the published ones (Ramadan/Oraza/Orozo Ait 20 March 2026 - Uzbekistan's
-- Ministry of Justice, Turkmenistan; Kurban Ait 27 May 2026 - Kazakhstan's eGov calendar). 2027 dates are
-- astronomical expectations (Umm al-Qura-based: Eid al-Fitr 9 March 2027, Eid al-Adha 16 May 2027); each
-- country's religious administration announces the real date shortly before - admins must check them.
-- 2027 transfers: no transfer decree for 2027 existed when this data was written (November 2026); only the
-- labour-code rule "a holiday on a weekend moves the day off to the next working day" is applied.
with names (name_key, name_kk, name_ru, name_en) as (values
    ('NEW_YEAR', 'Жаңа жыл', 'Новый год', 'New Year'),
    ('NEW_YEAR_BREAK', 'Жаңа жылдық демалыс', 'Новогодние каникулы', 'New Year holidays'),
    ('XMAS', 'Православиелік Рождество', 'Православное Рождество', 'Orthodox Christmas'),
    ('WOMEN', 'Халықаралық әйелдер күні', 'Международный женский день', 'International Women''s Day'),
    ('NAURYZ', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),
    ('NAVRUZ', 'Наурыз мейрамы', 'Навруз', 'Navruz'),
    ('UNITY_KZ', 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана', 'Kazakhstan People''s Unity Day'),
    ('LABOUR', 'Еңбек күні', 'День труда', 'Labour Day'),
    ('DEFENDER', 'Отан қорғаушы күні', 'День защитника Отечества', 'Defender of the Fatherland Day'),
    ('VICTORY', 'Жеңіс күні', 'День Победы', 'Victory Day'),
    ('REMEMBRANCE', 'Еске алу және құрмет көрсету күні', 'День памяти и почестей', 'Day of Remembrance and Honour'),
    ('CAPITAL', 'Астана күні', 'День столицы', 'Capital City Day'),
    ('CONSTITUTION', 'Конституция күні', 'День Конституции', 'Constitution Day'),
    ('REPUBLIC', 'Республика күні', 'День Республики', 'Republic Day'),
    ('INDEPENDENCE', 'Тәуелсіздік күні', 'День независимости', 'Independence Day'),
    ('KURBAN', 'Құрбан айт', 'Курбан айт', 'Eid al-Adha (Kurban Ait)'),
    ('ORAZA', 'Ораза айт', 'Ораза айт', 'Eid al-Fitr (Ramadan Ait)'),
    ('TEACHERS', 'Ұстаздар күні', 'День учителя и наставника', 'Teachers'' and Mentors'' Day'),
    ('MAY_BREAK', 'Мамыр демалысы', 'Майские каникулы', 'May holidays'),
    ('MOTHER', 'Ана күні', 'День матери', 'Mother''s Day'),
    ('NATIONAL_UNITY_TJ', 'Ұлттық бірлік күні', 'День национального единства', 'National Unity Day'),
    ('MAGTYMGULY', 'Магтымгулы Фраги поэзиясы, бірлік және қайта өрлеу күні', 'День возрождения, единства и поэзии Махтумкули Фраги', 'Day of Revival, Unity and the Poetry of Magtymguly Pyragy'),
    ('NEUTRALITY', 'Бейтараптық күні', 'День нейтралитета', 'Neutrality Day'),
    ('MOVED', 'Ауыстырылған демалыс күні', 'Перенесённый выходной день', 'Day off moved from a weekend holiday'),
    ('EXTRA', 'Қосымша демалыс күні', 'Дополнительный выходной день', 'Additional day off'),
    ('WORKDAY', 'Жұмыс күні (ауыстыру бойынша)', 'Рабочий день (перенос)', 'Working day (transferred)')
), days (country_code, day, kind, name_key) as (values
    -- Kazakhstan 2026: eGov calendar (inform.kz, alau.kz 2026-01-02). No Saturday transfer decree in 2026.
    ('KZ', date '2026-01-01', 'HOLIDAY', 'NEW_YEAR'),
    ('KZ', date '2026-01-02', 'HOLIDAY', 'NEW_YEAR'),
    ('KZ', date '2026-01-07', 'HOLIDAY', 'XMAS'),
    ('KZ', date '2026-03-08', 'HOLIDAY', 'WOMEN'),
    ('KZ', date '2026-03-09', 'HOLIDAY', 'MOVED'),
    ('KZ', date '2026-03-21', 'HOLIDAY', 'NAURYZ'),
    ('KZ', date '2026-03-22', 'HOLIDAY', 'NAURYZ'),
    ('KZ', date '2026-03-23', 'HOLIDAY', 'NAURYZ'),
    ('KZ', date '2026-03-24', 'HOLIDAY', 'MOVED'),
    ('KZ', date '2026-03-25', 'HOLIDAY', 'MOVED'),
    ('KZ', date '2026-05-01', 'HOLIDAY', 'UNITY_KZ'),
    ('KZ', date '2026-05-07', 'HOLIDAY', 'DEFENDER'),
    ('KZ', date '2026-05-09', 'HOLIDAY', 'VICTORY'),
    ('KZ', date '2026-05-11', 'HOLIDAY', 'MOVED'),
    ('KZ', date '2026-05-27', 'HOLIDAY', 'KURBAN'),
    ('KZ', date '2026-07-06', 'HOLIDAY', 'CAPITAL'),
    ('KZ', date '2026-08-30', 'HOLIDAY', 'CONSTITUTION'),
    ('KZ', date '2026-08-31', 'HOLIDAY', 'MOVED'),
    ('KZ', date '2026-10-25', 'HOLIDAY', 'REPUBLIC'),
    ('KZ', date '2026-10-26', 'HOLIDAY', 'MOVED'),
    ('KZ', date '2026-12-16', 'HOLIDAY', 'INDEPENDENCE'),
    -- Kazakhstan 2027: Labour Code art. 85 moves only; Kurban Ait and 7 January are never moved.
    ('KZ', date '2027-01-01', 'HOLIDAY', 'NEW_YEAR'),
    ('KZ', date '2027-01-02', 'HOLIDAY', 'NEW_YEAR'),
    ('KZ', date '2027-01-04', 'HOLIDAY', 'MOVED'),
    ('KZ', date '2027-01-07', 'HOLIDAY', 'XMAS'),
    ('KZ', date '2027-03-08', 'HOLIDAY', 'WOMEN'),
    ('KZ', date '2027-03-21', 'HOLIDAY', 'NAURYZ'),
    ('KZ', date '2027-03-22', 'HOLIDAY', 'NAURYZ'),
    ('KZ', date '2027-03-23', 'HOLIDAY', 'NAURYZ'),
    ('KZ', date '2027-03-24', 'HOLIDAY', 'MOVED'),
    ('KZ', date '2027-05-01', 'HOLIDAY', 'UNITY_KZ'),
    ('KZ', date '2027-05-03', 'HOLIDAY', 'MOVED'),
    ('KZ', date '2027-05-07', 'HOLIDAY', 'DEFENDER'),
    ('KZ', date '2027-05-09', 'HOLIDAY', 'VICTORY'),
    ('KZ', date '2027-05-10', 'HOLIDAY', 'MOVED'),
    ('KZ', date '2027-05-16', 'HOLIDAY', 'KURBAN'),
    ('KZ', date '2027-07-06', 'HOLIDAY', 'CAPITAL'),
    ('KZ', date '2027-08-30', 'HOLIDAY', 'CONSTITUTION'),
    ('KZ', date '2027-10-25', 'HOLIDAY', 'REPUBLIC'),
    ('KZ', date '2027-12-16', 'HOLIDAY', 'INDEPENDENCE'),
    -- Uzbekistan 2026: Labour Code holidays; 20-23 March per the Ministry of Justice (newsinfo.uz 2026-03-18).
    -- The yearly presidential decree on extra days off and Saturday transfers is not reflected beyond that.
    ('UZ', date '2026-01-01', 'HOLIDAY', 'NEW_YEAR'),
    ('UZ', date '2026-03-08', 'HOLIDAY', 'WOMEN'),
    ('UZ', date '2026-03-09', 'HOLIDAY', 'MOVED'),
    ('UZ', date '2026-03-20', 'HOLIDAY', 'ORAZA'),
    ('UZ', date '2026-03-21', 'HOLIDAY', 'NAVRUZ'),
    ('UZ', date '2026-03-23', 'HOLIDAY', 'MOVED'),
    ('UZ', date '2026-05-09', 'HOLIDAY', 'REMEMBRANCE'),
    ('UZ', date '2026-05-11', 'HOLIDAY', 'MOVED'),
    ('UZ', date '2026-05-27', 'HOLIDAY', 'KURBAN'),
    ('UZ', date '2026-09-01', 'HOLIDAY', 'INDEPENDENCE'),
    ('UZ', date '2026-10-01', 'HOLIDAY', 'TEACHERS'),
    ('UZ', date '2026-12-08', 'HOLIDAY', 'CONSTITUTION'),
    -- Uzbekistan 2027 (expected feasts; decree not yet issued).
    ('UZ', date '2027-01-01', 'HOLIDAY', 'NEW_YEAR'),
    ('UZ', date '2027-03-08', 'HOLIDAY', 'WOMEN'),
    ('UZ', date '2027-03-09', 'HOLIDAY', 'ORAZA'),
    ('UZ', date '2027-03-21', 'HOLIDAY', 'NAVRUZ'),
    ('UZ', date '2027-03-22', 'HOLIDAY', 'MOVED'),
    ('UZ', date '2027-05-09', 'HOLIDAY', 'REMEMBRANCE'),
    ('UZ', date '2027-05-10', 'HOLIDAY', 'MOVED'),
    ('UZ', date '2027-05-16', 'HOLIDAY', 'KURBAN'),
    ('UZ', date '2027-05-17', 'HOLIDAY', 'MOVED'),
    ('UZ', date '2027-09-01', 'HOLIDAY', 'INDEPENDENCE'),
    ('UZ', date '2027-10-01', 'HOLIDAY', 'TEACHERS'),
    ('UZ', date '2027-12-08', 'HOLIDAY', 'CONSTITUTION'),
    -- Kyrgyzstan 2026: Ministry of Labour calendar (24.kg, sayasat.kg 2025-12-11/12): 1-6 January New Year
    -- holidays, 7 January, 8 March, 21 March, 1-8 May holidays (5 May Constitution Day), 9 May, 31 August,
    -- Orozo Ait and Kurman Ait; 8-9 January added by Cabinet resolution without compensating Saturdays
    -- (24.kg). 23 February and 7 April are shortened working days, not holidays.
    ('KG', date '2026-01-01', 'HOLIDAY', 'NEW_YEAR'),
    ('KG', date '2026-01-02', 'HOLIDAY', 'NEW_YEAR_BREAK'),
    ('KG', date '2026-01-03', 'HOLIDAY', 'NEW_YEAR_BREAK'),
    ('KG', date '2026-01-04', 'HOLIDAY', 'NEW_YEAR_BREAK'),
    ('KG', date '2026-01-05', 'HOLIDAY', 'NEW_YEAR_BREAK'),
    ('KG', date '2026-01-06', 'HOLIDAY', 'NEW_YEAR_BREAK'),
    ('KG', date '2026-01-07', 'HOLIDAY', 'XMAS'),
    ('KG', date '2026-01-08', 'HOLIDAY', 'EXTRA'),
    ('KG', date '2026-01-09', 'HOLIDAY', 'EXTRA'),
    ('KG', date '2026-03-08', 'HOLIDAY', 'WOMEN'),
    ('KG', date '2026-03-09', 'HOLIDAY', 'MOVED'),
    ('KG', date '2026-03-20', 'HOLIDAY', 'ORAZA'),
    ('KG', date '2026-03-21', 'HOLIDAY', 'NAVRUZ'),
    ('KG', date '2026-03-23', 'HOLIDAY', 'MOVED'),
    ('KG', date '2026-05-01', 'HOLIDAY', 'LABOUR'),
    ('KG', date '2026-05-04', 'HOLIDAY', 'MAY_BREAK'),
    ('KG', date '2026-05-05', 'HOLIDAY', 'CONSTITUTION'),
    ('KG', date '2026-05-06', 'HOLIDAY', 'MAY_BREAK'),
    ('KG', date '2026-05-07', 'HOLIDAY', 'MAY_BREAK'),
    ('KG', date '2026-05-08', 'HOLIDAY', 'MAY_BREAK'),
    ('KG', date '2026-05-09', 'HOLIDAY', 'VICTORY'),
    ('KG', date '2026-05-11', 'HOLIDAY', 'MOVED'),
    ('KG', date '2026-05-27', 'HOLIDAY', 'KURBAN'),
    ('KG', date '2026-08-31', 'HOLIDAY', 'INDEPENDENCE'),
    -- Kyrgyzstan 2027: same statutory pattern, expected feasts, no resolution yet.
    ('KG', date '2027-01-01', 'HOLIDAY', 'NEW_YEAR'),
    ('KG', date '2027-01-04', 'HOLIDAY', 'NEW_YEAR_BREAK'),
    ('KG', date '2027-01-05', 'HOLIDAY', 'NEW_YEAR_BREAK'),
    ('KG', date '2027-01-06', 'HOLIDAY', 'NEW_YEAR_BREAK'),
    ('KG', date '2027-01-07', 'HOLIDAY', 'XMAS'),
    ('KG', date '2027-03-08', 'HOLIDAY', 'WOMEN'),
    ('KG', date '2027-03-09', 'HOLIDAY', 'ORAZA'),
    ('KG', date '2027-03-21', 'HOLIDAY', 'NAVRUZ'),
    ('KG', date '2027-03-22', 'HOLIDAY', 'MOVED'),
    ('KG', date '2027-05-01', 'HOLIDAY', 'LABOUR'),
    ('KG', date '2027-05-03', 'HOLIDAY', 'MAY_BREAK'),
    ('KG', date '2027-05-04', 'HOLIDAY', 'MAY_BREAK'),
    ('KG', date '2027-05-05', 'HOLIDAY', 'CONSTITUTION'),
    ('KG', date '2027-05-06', 'HOLIDAY', 'MAY_BREAK'),
    ('KG', date '2027-05-07', 'HOLIDAY', 'MAY_BREAK'),
    ('KG', date '2027-05-09', 'HOLIDAY', 'VICTORY'),
    ('KG', date '2027-05-10', 'HOLIDAY', 'MOVED'),
    ('KG', date '2027-05-16', 'HOLIDAY', 'KURBAN'),
    ('KG', date '2027-08-31', 'HOLIDAY', 'INDEPENDENCE'),
    -- Tajikistan 2026: Labour Code holidays; March per Sputnik Tajikistan 2026-02-27 (Idi Ramazon 20 March,
    -- Navruz 21-24 March, days off 20-29 March, Friday 27 March off in exchange for Saturday 14 March).
    ('TJ', date '2026-01-01', 'HOLIDAY', 'NEW_YEAR'),
    ('TJ', date '2026-03-08', 'HOLIDAY', 'MOTHER'),
    ('TJ', date '2026-03-09', 'HOLIDAY', 'MOVED'),
    ('TJ', date '2026-03-14', 'WORKDAY', 'WORKDAY'),
    ('TJ', date '2026-03-20', 'HOLIDAY', 'ORAZA'),
    ('TJ', date '2026-03-21', 'HOLIDAY', 'NAVRUZ'),
    ('TJ', date '2026-03-22', 'HOLIDAY', 'NAVRUZ'),
    ('TJ', date '2026-03-23', 'HOLIDAY', 'NAVRUZ'),
    ('TJ', date '2026-03-24', 'HOLIDAY', 'NAVRUZ'),
    ('TJ', date '2026-03-25', 'HOLIDAY', 'MOVED'),
    ('TJ', date '2026-03-26', 'HOLIDAY', 'MOVED'),
    ('TJ', date '2026-03-27', 'HOLIDAY', 'MOVED'),
    ('TJ', date '2026-05-01', 'HOLIDAY', 'LABOUR'),
    ('TJ', date '2026-05-09', 'HOLIDAY', 'VICTORY'),
    ('TJ', date '2026-05-11', 'HOLIDAY', 'MOVED'),
    ('TJ', date '2026-05-27', 'HOLIDAY', 'KURBAN'),
    ('TJ', date '2026-06-27', 'HOLIDAY', 'NATIONAL_UNITY_TJ'),
    ('TJ', date '2026-06-29', 'HOLIDAY', 'MOVED'),
    ('TJ', date '2026-09-09', 'HOLIDAY', 'INDEPENDENCE'),
    ('TJ', date '2026-11-06', 'HOLIDAY', 'CONSTITUTION'),
    -- Tajikistan 2027 (expected feasts, labour-code moves only).
    ('TJ', date '2027-01-01', 'HOLIDAY', 'NEW_YEAR'),
    ('TJ', date '2027-03-08', 'HOLIDAY', 'MOTHER'),
    ('TJ', date '2027-03-09', 'HOLIDAY', 'ORAZA'),
    ('TJ', date '2027-03-21', 'HOLIDAY', 'NAVRUZ'),
    ('TJ', date '2027-03-22', 'HOLIDAY', 'NAVRUZ'),
    ('TJ', date '2027-03-23', 'HOLIDAY', 'NAVRUZ'),
    ('TJ', date '2027-03-24', 'HOLIDAY', 'NAVRUZ'),
    ('TJ', date '2027-03-25', 'HOLIDAY', 'MOVED'),
    ('TJ', date '2027-05-01', 'HOLIDAY', 'LABOUR'),
    ('TJ', date '2027-05-03', 'HOLIDAY', 'MOVED'),
    ('TJ', date '2027-05-09', 'HOLIDAY', 'VICTORY'),
    ('TJ', date '2027-05-10', 'HOLIDAY', 'MOVED'),
    ('TJ', date '2027-05-16', 'HOLIDAY', 'KURBAN'),
    ('TJ', date '2027-06-27', 'HOLIDAY', 'NATIONAL_UNITY_TJ'),
    ('TJ', date '2027-06-28', 'HOLIDAY', 'MOVED'),
    ('TJ', date '2027-09-09', 'HOLIDAY', 'INDEPENDENCE'),
    ('TJ', date '2027-11-06', 'HOLIDAY', 'CONSTITUTION'),
    ('TJ', date '2027-11-08', 'HOLIDAY', 'MOVED'),
    -- Turkmenistan 2026: Labour Code art. 81; 20-23 March per infoportal.news; Gurban bayramy is usually
    -- three days by presidential decree (6-8 June in 2025), assumed 27-29 May 2026.
    ('TM', date '2026-01-01', 'HOLIDAY', 'NEW_YEAR'),
    ('TM', date '2026-03-08', 'HOLIDAY', 'WOMEN'),
    ('TM', date '2026-03-09', 'HOLIDAY', 'MOVED'),
    ('TM', date '2026-03-20', 'HOLIDAY', 'ORAZA'),
    ('TM', date '2026-03-21', 'HOLIDAY', 'NAVRUZ'),
    ('TM', date '2026-03-22', 'HOLIDAY', 'NAVRUZ'),
    ('TM', date '2026-03-23', 'HOLIDAY', 'MOVED'),
    ('TM', date '2026-05-09', 'HOLIDAY', 'VICTORY'),
    ('TM', date '2026-05-11', 'HOLIDAY', 'MOVED'),
    ('TM', date '2026-05-18', 'HOLIDAY', 'MAGTYMGULY'),
    ('TM', date '2026-05-27', 'HOLIDAY', 'KURBAN'),
    ('TM', date '2026-05-28', 'HOLIDAY', 'KURBAN'),
    ('TM', date '2026-05-29', 'HOLIDAY', 'KURBAN'),
    ('TM', date '2026-09-27', 'HOLIDAY', 'INDEPENDENCE'),
    ('TM', date '2026-09-28', 'HOLIDAY', 'MOVED'),
    ('TM', date '2026-12-12', 'HOLIDAY', 'NEUTRALITY'),
    ('TM', date '2026-12-14', 'HOLIDAY', 'MOVED'),
    -- Turkmenistan 2027 (expected feasts; Sunday 16 May moved to Wednesday 19 May as in 2025's decree).
    ('TM', date '2027-01-01', 'HOLIDAY', 'NEW_YEAR'),
    ('TM', date '2027-03-08', 'HOLIDAY', 'WOMEN'),
    ('TM', date '2027-03-09', 'HOLIDAY', 'ORAZA'),
    ('TM', date '2027-03-21', 'HOLIDAY', 'NAVRUZ'),
    ('TM', date '2027-03-22', 'HOLIDAY', 'NAVRUZ'),
    ('TM', date '2027-03-23', 'HOLIDAY', 'MOVED'),
    ('TM', date '2027-05-09', 'HOLIDAY', 'VICTORY'),
    ('TM', date '2027-05-10', 'HOLIDAY', 'MOVED'),
    ('TM', date '2027-05-16', 'HOLIDAY', 'KURBAN'),
    ('TM', date '2027-05-17', 'HOLIDAY', 'KURBAN'),
    ('TM', date '2027-05-18', 'HOLIDAY', 'KURBAN'), -- also Magtymguly Day that year
    ('TM', date '2027-05-19', 'HOLIDAY', 'MOVED'),
    ('TM', date '2027-09-27', 'HOLIDAY', 'INDEPENDENCE'),
    ('TM', date '2027-12-12', 'HOLIDAY', 'NEUTRALITY'),
    ('TM', date '2027-12-13', 'HOLIDAY', 'MOVED')
)
insert into calendar_exception (country_code, day, kind, name_kk, name_ru, name_en)
select d.country_code, d.day, d.kind, n.name_kk, n.name_ru, n.name_en
from days d join names n on n.name_key = d.name_key;

-- ---------------------------------------------------------------------------------------------------
-- Agencies (starter list; real bodies as of 2025-2026, names in kk/ru/en)
-- ---------------------------------------------------------------------------------------------------
insert into agency (country_code, code, kind, name_kk, name_ru, name_en) values
    -- Kazakhstan
    ('KZ', 'MAZHILIS', 'PARLIAMENT', 'Қазақстан Республикасы Парламентінің Мәжілісі', 'Мажилис Парламента Республики Казахстан', 'Mazhilis of the Parliament of the Republic of Kazakhstan'),
    ('KZ', 'SENATE', 'PARLIAMENT', 'Қазақстан Республикасы Парламентінің Сенаты', 'Сенат Парламента Республики Казахстан', 'Senate of the Parliament of the Republic of Kazakhstan'),
    ('KZ', 'GOVERNMENT', 'GOVERNMENT', 'Қазақстан Республикасының Үкіметі', 'Правительство Республики Казахстан', 'Government of the Republic of Kazakhstan'),
    ('KZ', 'MVD', 'MINISTRY', 'Қазақстан Республикасы Ішкі істер министрлігі', 'Министерство внутренних дел Республики Казахстан', 'Ministry of Internal Affairs of the Republic of Kazakhstan'),
    ('KZ', 'MTSZN', 'MINISTRY', 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі', 'Министерство труда и социальной защиты населения Республики Казахстан', 'Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan'),
    ('KZ', 'MZ', 'MINISTRY', 'Қазақстан Республикасы Денсаулық сақтау министрлігі', 'Министерство здравоохранения Республики Казахстан', 'Ministry of Health of the Republic of Kazakhstan'),
    ('KZ', 'MP', 'MINISTRY', 'Қазақстан Республикасы Оқу-ағарту министрлігі', 'Министерство просвещения Республики Казахстан', 'Ministry of Education of the Republic of Kazakhstan'),
    ('KZ', 'MNVO', 'MINISTRY', 'Қазақстан Республикасы Ғылым және жоғары білім министрлігі', 'Министерство науки и высшего образования Республики Казахстан', 'Ministry of Science and Higher Education of the Republic of Kazakhstan'),
    ('KZ', 'MAIDD', 'MINISTRY', 'Қазақстан Республикасы Жасанды интеллект және цифрлық даму министрлігі', 'Министерство искусственного интеллекта и цифрового развития Республики Казахстан', 'Ministry of Artificial Intelligence and Digital Development of the Republic of Kazakhstan'),
    ('KZ', 'MJ', 'MINISTRY', 'Қазақстан Республикасы Әділет министрлігі', 'Министерство юстиции Республики Казахстан', 'Ministry of Justice of the Republic of Kazakhstan'),
    ('KZ', 'MF', 'MINISTRY', 'Қазақстан Республикасы Қаржы министрлігі', 'Министерство финансов Республики Казахстан', 'Ministry of Finance of the Republic of Kazakhstan'),
    ('KZ', 'MFA', 'MINISTRY', 'Қазақстан Республикасы Сыртқы істер министрлігі', 'Министерство иностранных дел Республики Казахстан', 'Ministry of Foreign Affairs of the Republic of Kazakhstan'),
    ('KZ', 'MNE', 'MINISTRY', 'Қазақстан Республикасы Ұлттық экономика министрлігі', 'Министерство национальной экономики Республики Казахстан', 'Ministry of National Economy of the Republic of Kazakhstan'),
    ('KZ', 'MKI', 'MINISTRY', 'Қазақстан Республикасы Мәдениет және ақпарат министрлігі', 'Министерство культуры и информации Республики Казахстан', 'Ministry of Culture and Information of the Republic of Kazakhstan'),
    ('KZ', 'AKIMAT_ASTANA', 'LOCAL_AUTHORITY', 'Астана қаласының әкімдігі', 'Акимат города Астаны', 'Akimat of Astana'),
    ('KZ', 'AKIMAT_ALMATY', 'LOCAL_AUTHORITY', 'Алматы қаласының әкімдігі', 'Акимат города Алматы', 'Akimat of Almaty'),
    ('KZ', 'AKIMAT_SHYMKENT', 'LOCAL_AUTHORITY', 'Шымкент қаласының әкімдігі', 'Акимат города Шымкент', 'Akimat of Shymkent'),
    ('KZ', 'AKIMAT_KARAGANDA_REGION', 'LOCAL_AUTHORITY', 'Қарағанды облысының әкімдігі', 'Акимат Карагандинской области', 'Akimat of Karaganda Region'),
    ('KZ', 'OMBUDSMAN', 'OMBUDSMAN', 'Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкіл', 'Уполномоченный по правам человека в Республике Казахстан', 'Commissioner for Human Rights in the Republic of Kazakhstan'),
    -- Uzbekistan
    ('UZ', 'LEGISLATIVE_CHAMBER', 'PARLIAMENT', 'Өзбекстан Республикасы Олий Мәжілісінің Заң шығарушы палатасы', 'Законодательная палата Олий Мажлиса Республики Узбекистан', 'Legislative Chamber of the Oliy Majlis of the Republic of Uzbekistan'),
    ('UZ', 'SENATE', 'PARLIAMENT', 'Өзбекстан Республикасы Олий Мәжілісінің Сенаты', 'Сенат Олий Мажлиса Республики Узбекистан', 'Senate of the Oliy Majlis of the Republic of Uzbekistan'),
    ('UZ', 'CABINET', 'GOVERNMENT', 'Өзбекстан Республикасының Министрлер Кабинеті', 'Кабинет Министров Республики Узбекистан', 'Cabinet of Ministers of the Republic of Uzbekistan'),
    ('UZ', 'MVD', 'MINISTRY', 'Өзбекстан Республикасы Ішкі істер министрлігі', 'Министерство внутренних дел Республики Узбекистан', 'Ministry of Internal Affairs of the Republic of Uzbekistan'),
    ('UZ', 'LABOUR_MIGRATION_AGENCY', 'AGENCY', 'Өзбекстан Республикасы Сыртқы еңбек көші-қоны агенттігі', 'Агентство внешней трудовой миграции Республики Узбекистан', 'Agency for External Labour Migration of the Republic of Uzbekistan'),
    ('UZ', 'SOCIAL_PROTECTION', 'AGENCY', 'Өзбекстан Республикасы Президенті жанындағы Әлеуметтік қорғау ұлттық агенттігі', 'Национальное агентство социальной защиты при Президенте Республики Узбекистан', 'National Agency for Social Protection under the President of the Republic of Uzbekistan'),
    ('UZ', 'HEALTH', 'MINISTRY', 'Өзбекстан Республикасы Денсаулық сақтау министрлігі', 'Министерство здравоохранения Республики Узбекистан', 'Ministry of Health of the Republic of Uzbekistan'),
    ('UZ', 'SCHOOL_EDUCATION', 'MINISTRY', 'Өзбекстан Республикасы Мектепке дейінгі және мектептік білім беру министрлігі', 'Министерство дошкольного и школьного образования Республики Узбекистан', 'Ministry of Preschool and School Education of the Republic of Uzbekistan'),
    ('UZ', 'HIGHER_EDUCATION', 'MINISTRY', 'Өзбекстан Республикасы Жоғары білім, ғылым және инновациялар министрлігі', 'Министерство высшего образования, науки и инноваций Республики Узбекистан', 'Ministry of Higher Education, Science and Innovation of the Republic of Uzbekistan'),
    ('UZ', 'DIGITAL', 'MINISTRY', 'Өзбекстан Республикасы Цифрлық технологиялар министрлігі', 'Министерство цифровых технологий Республики Узбекистан', 'Ministry of Digital Technologies of the Republic of Uzbekistan'),
    ('UZ', 'JUSTICE', 'MINISTRY', 'Өзбекстан Республикасы Әділет министрлігі', 'Министерство юстиции Республики Узбекистан', 'Ministry of Justice of the Republic of Uzbekistan'),
    ('UZ', 'ECONOMY_FINANCE', 'MINISTRY', 'Өзбекстан Республикасы Экономика және қаржы министрлігі', 'Министерство экономики и финансов Республики Узбекистан', 'Ministry of Economy and Finance of the Republic of Uzbekistan'),
    ('UZ', 'MFA', 'MINISTRY', 'Өзбекстан Республикасы Сыртқы істер министрлігі', 'Министерство иностранных дел Республики Узбекистан', 'Ministry of Foreign Affairs of the Republic of Uzbekistan'),
    ('UZ', 'HOKIMIYAT_TASHKENT', 'LOCAL_AUTHORITY', 'Ташкент қаласының хокимияты', 'Хокимият города Ташкента', 'Tashkent City Hokimiyat'),
    ('UZ', 'HOKIMIYAT_SAMARKAND_REGION', 'LOCAL_AUTHORITY', 'Самарқанд облысының хокимияты', 'Хокимият Самаркандской области', 'Samarkand Region Hokimiyat'),
    ('UZ', 'HOKIMIYAT_FERGANA_REGION', 'LOCAL_AUTHORITY', 'Ферғана облысының хокимияты', 'Хокимият Ферганской области', 'Fergana Region Hokimiyat'),
    ('UZ', 'OMBUDSMAN', 'OMBUDSMAN', 'Өзбекстан Республикасы Олий Мәжілісінің Адам құқықтары жөніндегі уәкілі (омбудсман)', 'Уполномоченный Олий Мажлиса Республики Узбекистан по правам человека (омбудсман)', 'Authorized Person of the Oliy Majlis of the Republic of Uzbekistan for Human Rights (Ombudsman)'),
    -- Kyrgyzstan
    ('KG', 'JOGORKU_KENESH', 'PARLIAMENT', 'Қырғыз Республикасының Жогорку Кеңесі', 'Жогорку Кенеш Кыргызской Республики', 'Jogorku Kenesh of the Kyrgyz Republic'),
    ('KG', 'CABINET', 'GOVERNMENT', 'Қырғыз Республикасының Министрлер Кабинеті', 'Кабинет Министров Кыргызской Республики', 'Cabinet of Ministers of the Kyrgyz Republic'),
    ('KG', 'MVD', 'MINISTRY', 'Қырғыз Республикасы Ішкі істер министрлігі', 'Министерство внутренних дел Кыргызской Республики', 'Ministry of Internal Affairs of the Kyrgyz Republic'),
    ('KG', 'LABOUR', 'MINISTRY', 'Қырғыз Республикасы Еңбек, әлеуметтік қамсыздандыру және көші-қон министрлігі', 'Министерство труда, социального обеспечения и миграции Кыргызской Республики', 'Ministry of Labour, Social Security and Migration of the Kyrgyz Republic'),
    ('KG', 'HEALTH', 'MINISTRY', 'Қырғыз Республикасы Денсаулық сақтау министрлігі', 'Министерство здравоохранения Кыргызской Республики', 'Ministry of Health of the Kyrgyz Republic'),
    ('KG', 'EDUCATION', 'MINISTRY', 'Қырғыз Республикасы Білім және ғылым министрлігі', 'Министерство образования и науки Кыргызской Республики', 'Ministry of Education and Science of the Kyrgyz Republic'),
    ('KG', 'DIGITAL', 'MINISTRY', 'Қырғыз Республикасы Цифрлық даму және инновациялық технологиялар министрлігі', 'Министерство цифрового развития и инновационных технологий Кыргызской Республики', 'Ministry of Digital Development and Innovative Technologies of the Kyrgyz Republic'),
    ('KG', 'JUSTICE', 'MINISTRY', 'Қырғыз Республикасы Әділет министрлігі', 'Министерство юстиции Кыргызской Республики', 'Ministry of Justice of the Kyrgyz Republic'),
    ('KG', 'FINANCE', 'MINISTRY', 'Қырғыз Республикасы Қаржы министрлігі', 'Министерство финансов Кыргызской Республики', 'Ministry of Finance of the Kyrgyz Republic'),
    ('KG', 'MFA', 'MINISTRY', 'Қырғыз Республикасы Сыртқы істер министрлігі', 'Министерство иностранных дел Кыргызской Республики', 'Ministry of Foreign Affairs of the Kyrgyz Republic'),
    ('KG', 'ECONOMY', 'MINISTRY', 'Қырғыз Республикасы Экономика және коммерция министрлігі', 'Министерство экономики и коммерции Кыргызской Республики', 'Ministry of Economy and Commerce of the Kyrgyz Republic'),
    ('KG', 'MAYOR_BISHKEK', 'LOCAL_AUTHORITY', 'Бішкек қаласының мэриясы', 'Мэрия города Бишкек', 'Bishkek City Hall'),
    ('KG', 'MAYOR_OSH', 'LOCAL_AUTHORITY', 'Ош қаласының мэриясы', 'Мэрия города Ош', 'Osh City Hall'),
    ('KG', 'CHUY_REGION', 'LOCAL_AUTHORITY', 'Қырғыз Республикасы Президентінің Шүй облысындағы өкілетті өкілдігі', 'Полномочное представительство Президента Кыргызской Республики в Чуйской области', 'Office of the Plenipotentiary Representative of the President of the Kyrgyz Republic in Chuy Region'),
    ('KG', 'OMBUDSMAN', 'OMBUDSMAN', 'Қырғыз Республикасының Акыйкатчысы (Омбудсмені)', 'Акыйкатчы (Омбудсмен) Кыргызской Республики', 'Akyikatchy (Ombudsman) of the Kyrgyz Republic'),
    -- Tajikistan
    ('TJ', 'MAJLISI_NAMOYANDAGON', 'PARLIAMENT', 'Тәжікстан Республикасы Мәжілісі Олиінің Мәжілісі намояндагоны', 'Маджлиси намояндагон Маджлиси Оли Республики Таджикистан', 'Assembly of Representatives of the Majlisi Oli of the Republic of Tajikistan'),
    ('TJ', 'MAJLISI_MILLI', 'PARLIAMENT', 'Тәжікстан Республикасы Мәжілісі Олиінің Мәжілісі миллиі', 'Маджлиси милли Маджлиси Оли Республики Таджикистан', 'National Assembly of the Majlisi Oli of the Republic of Tajikistan'),
    ('TJ', 'GOVERNMENT', 'GOVERNMENT', 'Тәжікстан Республикасының Үкіметі', 'Правительство Республики Таджикистан', 'Government of the Republic of Tajikistan'),
    ('TJ', 'MVD', 'MINISTRY', 'Тәжікстан Республикасы Ішкі істер министрлігі', 'Министерство внутренних дел Республики Таджикистан', 'Ministry of Internal Affairs of the Republic of Tajikistan'),
    ('TJ', 'LABOUR', 'MINISTRY', 'Тәжікстан Республикасы Еңбек, көші-қон және халықты жұмыспен қамту министрлігі', 'Министерство труда, миграции и занятости населения Республики Таджикистан', 'Ministry of Labour, Migration and Employment of the Population of the Republic of Tajikistan'),
    ('TJ', 'HEALTH', 'MINISTRY', 'Тәжікстан Республикасы Денсаулық сақтау және халықты әлеуметтік қорғау министрлігі', 'Министерство здравоохранения и социальной защиты населения Республики Таджикистан', 'Ministry of Health and Social Protection of the Population of the Republic of Tajikistan'),
    ('TJ', 'EDUCATION', 'MINISTRY', 'Тәжікстан Республикасы Білім және ғылым министрлігі', 'Министерство образования и науки Республики Таджикистан', 'Ministry of Education and Science of the Republic of Tajikistan'),
    ('TJ', 'DIGITAL_AGENCY', 'AGENCY', 'Тәжікстан Республикасы Президенті жанындағы Инновациялар және цифрлық технологиялар агенттігі', 'Агентство инноваций и цифровых технологий при Президенте Республики Таджикистан', 'Agency for Innovation and Digital Technologies under the President of the Republic of Tajikistan'),
    ('TJ', 'JUSTICE', 'MINISTRY', 'Тәжікстан Республикасы Әділет министрлігі', 'Министерство юстиции Республики Таджикистан', 'Ministry of Justice of the Republic of Tajikistan'),
    ('TJ', 'FINANCE', 'MINISTRY', 'Тәжікстан Республикасы Қаржы министрлігі', 'Министерство финансов Республики Таджикистан', 'Ministry of Finance of the Republic of Tajikistan'),
    ('TJ', 'MFA', 'MINISTRY', 'Тәжікстан Республикасы Сыртқы істер министрлігі', 'Министерство иностранных дел Республики Таджикистан', 'Ministry of Foreign Affairs of the Republic of Tajikistan'),
    ('TJ', 'ECONOMY', 'MINISTRY', 'Тәжікстан Республикасы Экономикалық даму және сауда министрлігі', 'Министерство экономического развития и торговли Республики Таджикистан', 'Ministry of Economic Development and Trade of the Republic of Tajikistan'),
    ('TJ', 'HUKUMAT_DUSHANBE', 'LOCAL_AUTHORITY', 'Душанбе қаласының мемлекеттік билік атқарушы органы', 'Исполнительный орган государственной власти города Душанбе', 'Executive Body of State Power of Dushanbe City'),
    ('TJ', 'HUKUMAT_SUGHD', 'LOCAL_AUTHORITY', 'Соғды облысының мемлекеттік билік атқарушы органы', 'Исполнительный орган государственной власти Согдийской области', 'Executive Body of State Power of Sughd Region'),
    ('TJ', 'HUKUMAT_KHATLON', 'LOCAL_AUTHORITY', 'Хатлон облысының мемлекеттік билік атқарушы органы', 'Исполнительный орган государственной власти Хатлонской области', 'Executive Body of State Power of Khatlon Region'),
    ('TJ', 'OMBUDSMAN', 'OMBUDSMAN', 'Тәжікстан Республикасындағы Адам құқықтары жөніндегі уәкіл', 'Уполномоченный по правам человека в Республике Таджикистан', 'Commissioner for Human Rights in the Republic of Tajikistan'),
    -- Turkmenistan
    ('TM', 'MEJLIS', 'PARLIAMENT', 'Түрікменстан Мәжілісі', 'Меджлис Туркменистана', 'Mejlis of Turkmenistan'),
    ('TM', 'HALK_MASLAHATY', 'OTHER', 'Түрікменстанның Халық Маслахаты', 'Халк Маслахаты Туркменистана', 'Halk Maslahaty (People''s Council) of Turkmenistan'),
    ('TM', 'CABINET', 'GOVERNMENT', 'Түрікменстанның Министрлер Кабинеті', 'Кабинет Министров Туркменистана', 'Cabinet of Ministers of Turkmenistan'),
    ('TM', 'MVD', 'MINISTRY', 'Түрікменстан Ішкі істер министрлігі', 'Министерство внутренних дел Туркменистана', 'Ministry of Internal Affairs of Turkmenistan'),
    ('TM', 'MIGRATION', 'AGENCY', 'Түрікменстанның Мемлекеттік көші-қон қызметі', 'Государственная миграционная служба Туркменистана', 'State Migration Service of Turkmenistan'),
    ('TM', 'LABOUR', 'MINISTRY', 'Түрікменстан Еңбек және халықты әлеуметтік қорғау министрлігі', 'Министерство труда и социальной защиты населения Туркменистана', 'Ministry of Labour and Social Protection of the Population of Turkmenistan'),
    ('TM', 'HEALTH', 'MINISTRY', 'Түрікменстан Денсаулық сақтау және медициналық өнеркәсіп министрлігі', 'Министерство здравоохранения и медицинской промышленности Туркменистана', 'Ministry of Health and Medical Industry of Turkmenistan'),
    ('TM', 'EDUCATION', 'MINISTRY', 'Түрікменстан Білім министрлігі', 'Министерство образования Туркменистана', 'Ministry of Education of Turkmenistan'),
    ('TM', 'INDUSTRY_COMMUNICATIONS', 'MINISTRY', 'Түрікменстан Өнеркәсіп және коммуникациялар министрлігі', 'Министерство промышленности и коммуникаций Туркменистана', 'Ministry of Industry and Communications of Turkmenistan'),
    ('TM', 'JUSTICE', 'MINISTRY', 'Түрікменстан Әділет министрлігі', 'Министерство адалат (юстиции) Туркменистана', 'Ministry of Adalat (Justice) of Turkmenistan'),
    ('TM', 'FINANCE_ECONOMY', 'MINISTRY', 'Түрікменстан Қаржы және экономика министрлігі', 'Министерство финансов и экономики Туркменистана', 'Ministry of Finance and Economy of Turkmenistan'),
    ('TM', 'MFA', 'MINISTRY', 'Түрікменстан Сыртқы істер министрлігі', 'Министерство иностранных дел Туркменистана', 'Ministry of Foreign Affairs of Turkmenistan'),
    ('TM', 'HYAKIMLIK_ASHGABAT', 'LOCAL_AUTHORITY', 'Ашхабад қаласының хякимлигі', 'Хякимлик города Ашхабада', 'Ashgabat City Hyakimlik'),
    ('TM', 'HYAKIMLIK_MARY', 'LOCAL_AUTHORITY', 'Мары велаятының хякимлигі', 'Хякимлик Марыйского велаята', 'Mary Province Hyakimlik'),
    ('TM', 'HYAKIMLIK_LEBAP', 'LOCAL_AUTHORITY', 'Лебап велаятының хякимлигі', 'Хякимлик Лебапского велаята', 'Lebap Province Hyakimlik'),
    ('TM', 'OMBUDSMAN', 'OMBUDSMAN', 'Түрікменстандағы Адам құқықтары жөніндегі уәкіл (омбудсмен)', 'Уполномоченный по правам человека в Туркменистане (омбудсмен)', 'Ombudsperson for Human Rights in Turkmenistan');
