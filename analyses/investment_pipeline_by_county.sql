-- 各县投资项目按阶段汇总（亿元）/ Investment projects by county and stage, amounts in 亿元
select
    c.county_name,
    v.stage,
    count(*)                                   as projects,
    count(*) filter (where v.is_masked)        as masked_amounts,
    round(sum(v.amount_cny) / 1e8, 2)          as stated_amount_100m_cny
from {{ ref('fact_investment') }} v
join {{ ref('dim_county') }} c on c.county_key = v.county_key
group by all
order by c.county_name, v.stage
