/// Named HTML character references that turn up in web-extracted news text.
///
/// Not the full HTML5 list (2,231 names): the punctuation, spaces and Latin letters
/// with diacritics that news sites emit. Unknown names are left as written.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "nbsp": "\u{00A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "shy": "\u{00AD}",
        "ndash": "–", "mdash": "—", "hellip": "…", "bull": "•", "middot": "·",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "prime": "′", "Prime": "″",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³",
        "iexcl": "¡", "iquest": "¿", "dagger": "†", "Dagger": "‡", "permil": "‰",
        "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ",
        "ccedil": "ç", "Ccedil": "Ç",
        "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë",
        "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë",
        "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï",
        "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï",
        "eth": "ð", "ETH": "Ð", "ntilde": "ñ", "Ntilde": "Ñ",
        "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø",
        "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø",
        "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü",
        "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü",
        "yacute": "ý", "yuml": "ÿ", "Yacute": "Ý", "thorn": "þ", "THORN": "Þ", "szlig": "ß",
        "scaron": "š", "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž", "ccaron": "č", "Ccaron": "Č",
        "cacute": "ć", "Cacute": "Ć", "dstrok": "đ", "Dstrok": "Đ", "lstrok": "ł", "Lstrok": "Ł",
        "nacute": "ń", "Nacute": "Ń", "sacute": "ś", "Sacute": "Ś", "zacute": "ź", "Zacute": "Ź",
        "zdot": "ż", "Zdot": "Ż", "gbreve": "ğ", "Gbreve": "Ğ", "scedil": "ş", "Scedil": "Ş",
        "inodot": "ı", "Idot": "İ", "rcaron": "ř", "Rcaron": "Ř", "ecaron": "ě", "Ecaron": "Ě",
        "oelig": "œ", "OElig": "Œ",
    ]

    /// Elements whose start or end separates blocks of text.
    static let blockTags: Set<String> = [
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "thead", "tbody", "blockquote", "section", "article", "header", "footer", "figure",
        "figcaption", "hr", "dd", "dt", "dl", "pre", "nav", "aside", "main",
    ]

    /// Inline elements that are dropped, their text kept.
    static let inlineTags: Set<String> = [
        "a", "b", "i", "em", "strong", "u", "s", "span", "small", "sup", "sub", "time", "abbr",
        "cite", "q", "font", "mark", "img", "td", "th", "center", "label", "ins", "del", "wbr",
        "picture", "source", "iframe", "button", "svg", "path", "noscript", "meta", "link",
    ]

    /// Elements whose content is not text at all.
    static let droppedWithContent: Set<String> = ["script", "style"]
}
