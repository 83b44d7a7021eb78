//! The arguments shared by the commands that turn one input into one output file.

/// `<input> -o <out>` (in either order), and nothing else; else `usage`.
pub fn input_and_out(
    args: impl IntoIterator<Item = String>,
    usage: &str,
) -> Result<(String, String), String> {
    let mut args = args.into_iter();
    let mut positional = Vec::new();
    let mut out = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-o" => out = Some(args.next().ok_or(usage)?),
            _ if arg.starts_with('-') => return Err(usage.to_string()),
            _ => positional.push(arg),
        }
    }
    match (<[String; 1]>::try_from(positional), out) {
        (Ok([input]), Some(out)) => Ok((input, out)),
        _ => Err(usage.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|a| a.to_string()).collect()
    }

    #[test]
    fn one_input_and_one_output_in_either_order() {
        let want = Ok(("dir".to_string(), "out.json".to_string()));
        assert_eq!(input_and_out(args(&["dir", "-o", "out.json"]), "u"), want);
        assert_eq!(input_and_out(args(&["-o", "out.json", "dir"]), "u"), want);
        for wrong in [
            &["dir"][..],
            &["dir", "-o"],
            &["a", "b", "-o", "x"],
            &["dir", "-x", "-o", "x"],
        ] {
            assert_eq!(
                input_and_out(args(wrong), "u"),
                Err("u".to_string()),
                "{wrong:?}"
            );
        }
    }
}
