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
