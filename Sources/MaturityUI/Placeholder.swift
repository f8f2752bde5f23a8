public enum MaturityUIPlaceholder {}
