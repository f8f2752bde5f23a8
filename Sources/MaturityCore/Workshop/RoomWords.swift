/// Short, common, easily spelt English words for room codes and rejoin names: read off a
/// projector, typed on any keyboard, told apart when said aloud. Letters a to z only, so that
/// they pass as SSH user names everywhere; none is a word that could offend.
public enum RoomWords {
    public static let all: [String] = [
        "acorn", "anchor", "apple", "apron", "arrow", "badge", "bakery", "bamboo", "banjo", "barley",
        "basket", "beach", "beacon", "bean", "bell", "berry", "bike", "birch", "biscuit", "blanket",
        "boat", "bottle", "branch", "bread", "brick", "bridge", "brook", "brush", "bucket", "button",
        "cabin", "cactus", "camel", "candle", "canoe", "canvas", "carrot", "castle", "cedar", "cello",
        "chalk", "cherry", "chess", "cider", "clay", "cliff", "cloud", "clover", "coast", "cobalt",
        "comet", "copper", "coral", "cotton", "crane", "crayon", "cricket", "crown", "cup", "daisy",
        "delta", "desk", "dingo", "dolphin", "door", "dove", "dune", "eagle", "easel", "elm",
        "ember", "fabric", "falcon", "feather", "fern", "ferry", "fiddle", "field", "fig", "flame",
        "flute", "forest", "fossil", "fountain", "fox", "garden", "garnet", "ginger", "glacier", "globe",
        "goose", "grape", "gravel", "guitar", "hammer", "harbour", "harp", "hazel", "heron", "hill",
        "honey", "horizon", "island", "ivy", "jacket", "jasmine", "jelly", "jigsaw", "kayak", "kettle",
        "kite", "koala", "ladder", "lagoon", "lake", "lantern", "lemon", "lentil", "lily", "lime",
        "linen", "lion", "llama", "lobster", "magnet", "mango", "maple", "marble", "meadow", "melon",
        "meteor", "mint", "mirror", "mitten", "moon", "moss", "mountain", "muffin", "nectar", "nest",
        "noodle", "oak", "oasis", "ocean", "olive", "onion", "orange", "orbit", "orchid", "otter",
        "owl", "paddle", "panda", "paper", "parrot", "peach", "pear", "pebble", "pencil", "pepper",
        "piano", "pillow", "pine", "planet", "plum", "pocket", "pond", "poppy", "pumpkin", "puzzle",
        "quail", "quilt", "rabbit", "radish", "rain", "raven", "reed", "ribbon", "river", "robin",
        "rocket", "rose", "saddle", "sail", "salmon", "sand", "scarf", "seal", "shell", "silver",
        "sky", "sled", "snow", "sock", "sofa", "spoon", "spring", "spruce", "squash", "star",
        "stone", "storm", "straw", "stream", "sugar", "summit", "sun", "swan", "table", "teapot",
        "thistle", "thunder", "tiger", "timber", "tomato", "torch", "tower", "trail", "tulip", "tunnel",
        "turtle", "valley", "velvet", "violin", "walnut", "wave", "whale", "wheat", "willow", "window",
        "winter", "wolf", "wool", "yak", "yarn", "zebra",
    ]
}
