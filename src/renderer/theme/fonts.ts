/**
 * The app's font stack for the globe's labels and the text drawn into
 * exported images: system fonts that cover Latin, CJK, Arabic and more;
 * nothing is fetched. (The annotations have their own, wider stack:
 * annotations/annotationStyle.ts.)
 */
export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif'
