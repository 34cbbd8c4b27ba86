-- Kyrgyzstan: the 14-day appeal period is counted in working days.
-- V2 stored 14 calendar days because the unit could not be confirmed at the time. Kaktus.media (2026-03-12),
-- reporting the Jogorku Kenesh first reading of a bill to cut the period to 10 working days, quotes the
-- current law (No. 67 of 4 May 2007) as "14 working days". The bill itself is not reflected here: when it is
-- enacted, an admin changes the value in the country rules screen.
update country_rules
set appeal_period = 14,
    appeal_period_unit = 'WORKING_DAYS',
    appeal_legal_basis = 'Law of the Kyrgyz Republic "On the procedure for considering citizens'' appeals" of 4 May 2007 No. 67, art. 8 (14 working days; extension up to 30 days); a bill reducing it to 10 working days passed first reading on 12 March 2026'
where country_code = 'KG';
