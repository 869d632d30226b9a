"""The built-in catalogue as it was first written into every database (DESIGN §3).

Frozen data for migration 1: later changes to the catalogue go in new migrations, so that
a database made years ago migrates to exactly the same state as a new one.
"""

# code, Chinese name, English name
BUILTIN_SERVICES = (
    ("water", "饮水", "Drinking water"),
    ("rest", "休息", "Rest"),
    ("battery_swap", "换电", "Battery swap"),
    ("charging", "充电", "Charging"),
    ("repair", "维修", "Repair"),
    ("meal_heating", "热饭", "Meal heating"),
    ("toilet", "如厕", "Toilet"),
    ("first_aid", "应急药品", "First aid"),
)

BUILTIN_GROUPS = (
    ("rider", "外卖骑手", "Delivery rider"),
    ("courier", "快递员", "Courier"),
    ("ride_hailing", "网约车司机", "Ride-hailing driver"),
    ("truck", "货车司机", "Truck driver"),
    ("citizen", "市民", "Citizen"),
    ("other", "其他", "Other"),
)

# Migration 7 (DESIGN §3): the codes outdoor workers' stations across the country count.
# They arrive hidden, so a station looks the same after the upgrade until it turns them on.
MORE_SERVICES = (
    ("meal_discount", "优惠餐食", "Discounted meals"),
    ("legal_aid", "法律服务", "Legal aid"),
    ("haircut", "理发", "Haircut"),
    ("nursing_room", "爱心妈妈小屋", "Nursing room"),
    ("cooling_warming", "避暑取暖", "Cooling and warming"),
    ("umbrella_loan", "雨具借用", "Umbrella loan"),
    ("reading", "阅读", "Reading"),
    ("donation_claim", "爱心互献领取", "Donated goods claimed"),
)

MORE_GROUPS = (
    ("sanitation", "环卫工人", "Sanitation worker"),
    ("traffic_police", "交警辅警", "Traffic police"),
    ("taxi", "出租车司机", "Taxi driver"),
    ("municipal", "市政/园林工人", "Municipal/park worker"),
    ("security_guard", "保安", "Security guard"),
    ("construction", "建筑工人", "Construction worker"),
)

# Migration 8: the supplies a station usually keeps, as a starting list it edits.
# code, Chinese name, English name, unit zh, unit en (plural: figures are rarely 1),
# category, minimum, has expiry dates
SUPPLY_CATEGORIES = ("drinks", "first_aid", "repair_parts", "loan_items", "donations")
BUILTIN_SUPPLIES = (
    ("bottled_water", "瓶装水", "Bottled water", "瓶", "bottles", "drinks", 24, True),
    ("paper_cup", "纸杯", "Paper cups", "个", "cups", "drinks", 50, False),
    ("plaster", "创可贴", "Plasters", "片", "plasters", "first_aid", 20, True),
    ("iodine", "碘伏", "Iodine", "瓶", "bottles", "first_aid", 2, True),
    ("cooling_oil", "清凉油", "Cooling oil", "盒", "boxes", "first_aid", 3, True),
    ("huoxiang", "藿香正气水", "Huoxiang zhengqi water", "支", "vials", "first_aid", 10, True),
    ("tyre_patch", "补胎片", "Tyre patches", "片", "patches", "repair_parts", 10, False),
    ("inner_tube", "内胎", "Inner tubes", "条", "tubes", "repair_parts", 2, False),
    ("charging_cable", "充电线", "Charging cables", "根", "cables", "loan_items", 2, False),
    ("umbrella", "雨伞", "Umbrellas", "把", "umbrellas", "loan_items", 3, False),
    ("raincoat", "雨衣", "Raincoats", "件", "raincoats", "loan_items", 3, False),
    ("donated_goods", "爱心物资", "Donated goods", "件", "items", "donations", 0, False),
)
